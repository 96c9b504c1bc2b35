# Precompiled headers. Most of a file's compile time here is spent parsing the same Qt headers over
# and over; each library parses the ones its files share once, and the test programs of one test
# folder share one precompiled header between them (netcode_add_test in cmake/NetcodeTesting.cmake).
# The README's "How it is built" gives the build times with and without them.
#
# NETCODE_PRECOMPILED_HEADERS=OFF builds without them: a file that uses a Qt class without including
# its header compiles only with them, so build that way when tidying includes.
option(NETCODE_PRECOMPILED_HEADERS "Precompile the Qt headers shared by most files" ON)

# QtCore, for every layer.
set(NETCODE_PCH_CORE
    <QCoreApplication> <QObject> <QString> <QStringList> <QList> <QHash> <QSet> <QVariant>
    <QDateTime> <QTimeZone> <QJsonArray> <QJsonDocument> <QJsonObject> <QRegularExpression>
    <QFile> <QDir> <QFileInfo> <QTimer> <QPointer> <QUuid>
    <functional> <memory> <optional> <vector>)
set(NETCODE_PCH_SQL <QSqlDatabase> <QSqlError> <QSqlQuery> <QSqlRecord>)
set(NETCODE_PCH_NETWORK <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest> <QUrl>)
set(NETCODE_PCH_WIDGETS
    <QApplication> <QWidget> <QAction> <QLabel> <QPushButton> <QLineEdit> <QComboBox>
    <QCheckBox> <QVBoxLayout> <QHBoxLayout> <QTableView> <QHeaderView> <QDialog>
    <QDialogButtonBox> <QMessageBox> <QAbstractItemModel> <QPainter>)
set(NETCODE_PCH_TEST <QTest> <QSignalSpy> <QTemporaryDir> <QProcess> <QElapsedTimer> <QSettings>)

# netcode_precompile(target HEADERS ...): the target's files start by including these headers,
# precompiled once for the target.
function(netcode_precompile target)
    cmake_parse_arguments(P "" "" "HEADERS" ${ARGN})
    if(NETCODE_PRECOMPILED_HEADERS)
        target_precompile_headers(${target} PRIVATE ${P_HEADERS})
    endif()
endfunction()

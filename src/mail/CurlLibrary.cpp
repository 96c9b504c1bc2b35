#include "CurlLibrary.h"

#include <QLibrary>

#include <mutex>

namespace {
template <typename Function>
bool resolve(QLibrary& library, const char* name, Function* out, QStringList* missing)
{
    *out = reinterpret_cast<Function>(library.resolve(name));
    if (!*out)
        *missing << QString::fromLatin1(name);
    return *out != nullptr;
}
} // namespace

bool CurlLibrary::load(const QString& fileName, int soVersion, CurlLibrary* out, QString* error)
{
    // Never unloaded: libcurl keeps global state (its TLS library's) for the life of the process.
    QLibrary library(fileName);
    if (soVersion >= 0)
        library.setFileNameAndVersion(fileName, soVersion);
    if (!library.load()) {
        if (error)
            *error = tr("the mail library libcurl (package libcurl4) cannot be loaded: %1").arg(library.errorString());
        return false;
    }
    CurlLibrary found;
    QStringList missing;
    resolve(library, "curl_global_init", &found.globalInit, &missing);
    resolve(library, "curl_version", &found.version, &missing);
    resolve(library, "curl_easy_init", &found.easyInit, &missing);
    resolve(library, "curl_easy_setopt", &found.easySetopt, &missing);
    resolve(library, "curl_easy_perform", &found.easyPerform, &missing);
    resolve(library, "curl_easy_cleanup", &found.easyCleanup, &missing);
    resolve(library, "curl_easy_strerror", &found.easyStrerror, &missing);
    resolve(library, "curl_slist_append", &found.slistAppend, &missing);
    resolve(library, "curl_slist_free_all", &found.slistFreeAll, &missing);
    resolve(library, "curl_mime_init", &found.mimeInit, &missing);
    resolve(library, "curl_mime_free", &found.mimeFree, &missing);
    resolve(library, "curl_mime_addpart", &found.mimeAddpart, &missing);
    resolve(library, "curl_mime_data", &found.mimeData, &missing);
    resolve(library, "curl_mime_type", &found.mimeType, &missing);
    resolve(library, "curl_mime_encoder", &found.mimeEncoder, &missing);
    resolve(library, "curl_mime_filename", &found.mimeFilename, &missing);
    resolve(library, "curl_mime_subparts", &found.mimeSubparts, &missing);
    if (!missing.isEmpty()) {
        if (error)
            *error = tr("the mail library %1 is too old for this program (it lacks %2)")
                         .arg(library.fileName(), missing.join(QStringLiteral(", ")));
        return false;
    }
    *out = found;
    return true;
}

const CurlLibrary* CurlLibrary::instance(QString* error)
{
    static std::once_flag once;
    static CurlLibrary library;
    static bool loaded = false;
    static QString problem;
    std::call_once(once, [] {
#ifdef Q_OS_WIN
        // Windows builds name the DLL after the library, with or without the architecture.
        for (const QString& name : {QStringLiteral("libcurl"), QStringLiteral("libcurl-x64"), QStringLiteral("curl")}) {
            loaded = load(name, -1, &library, &problem);
            if (loaded)
                break;
        }
#else
        loaded = load(QStringLiteral("curl"), 4, &library, &problem); // libcurl.so.4, libcurl.4.dylib
#endif
        if (loaded && library.globalInit(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
            loaded = false;
            problem = tr("the mail library libcurl could not start");
        }
    });
    if (!loaded && error)
        *error = problem;
    return loaded ? &library : nullptr;
}

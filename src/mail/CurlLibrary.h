#pragma once

#include <QCoreApplication>
#include <QString>

#include <curl/curl.h>

// libcurl, loaded the first time a message is sent instead of when the desk starts. Linked
// normally, libcurl and the TLS, Kerberos and LDAP libraries it pulls in (about thirty) run their
// load-time initialisers in every start: measured, a bare window program linked against libcurl
// took 23.0 ms to its first paint against 14.5 ms without. Loaded here, that cost moves to the
// first send, where it is small beside the mail server's round trips.
//
// The functions the mail sender calls, with libcurl's own types (the header declares them; only
// their addresses come from the loaded library).
struct CurlLibrary {
    Q_DECLARE_TR_FUNCTIONS(CurlLibrary)

public:
    decltype(&::curl_global_init) globalInit = nullptr;
    decltype(&::curl_version) version = nullptr;
    decltype(&::curl_easy_init) easyInit = nullptr;
    decltype(&::curl_easy_setopt) easySetopt = nullptr;
    decltype(&::curl_easy_perform) easyPerform = nullptr;
    decltype(&::curl_easy_cleanup) easyCleanup = nullptr;
    decltype(&::curl_easy_strerror) easyStrerror = nullptr;
    decltype(&::curl_slist_append) slistAppend = nullptr;
    decltype(&::curl_slist_free_all) slistFreeAll = nullptr;
    decltype(&::curl_mime_init) mimeInit = nullptr;
    decltype(&::curl_mime_free) mimeFree = nullptr;
    decltype(&::curl_mime_addpart) mimeAddpart = nullptr;
    decltype(&::curl_mime_data) mimeData = nullptr;
    decltype(&::curl_mime_type) mimeType = nullptr;
    decltype(&::curl_mime_encoder) mimeEncoder = nullptr;
    decltype(&::curl_mime_filename) mimeFilename = nullptr;
    decltype(&::curl_mime_subparts) mimeSubparts = nullptr;

    // The system's libcurl (libcurl.so.4), loaded and initialised on the first call, from any
    // thread; nullptr, with the reason in `error` (for the desk), when it cannot be.
    static const CurlLibrary* instance(QString* error = nullptr);
    // Loads the library from `fileName` (a name the system's loader resolves, or a path; with
    // `soVersion` when it is 0 or more) and looks up every function; false, with the reason, if
    // the file or any function is missing.
    static bool load(const QString& fileName, int soVersion, CurlLibrary* out, QString* error);
};

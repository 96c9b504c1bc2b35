#pragma once

#include <QString>

// What "written to disk" means for the files that keep the history safe (backups, a staged restore,
// a recovered database): the bytes flushed before a rename publishes them, the rename atomic, and
// the folder flushed so the rename itself survives a power cut.
namespace DurableFiles {
bool flushFile(const QString& path);
bool flushFolder(const QString& folder); // a no-op where folders cannot be flushed (Windows)
// Renames, replacing `to` if it exists, in one step.
bool replace(const QString& from, const QString& to, QString* error);
// A name next to `path` that nothing else uses: "<path>.<tag>-<random>".
QString temporaryNameFor(const QString& path, const QString& tag);
} // namespace DurableFiles

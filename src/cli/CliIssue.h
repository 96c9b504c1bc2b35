#pragma once

#include "DurationCatalogue.h"

#include <QJsonObject>
#include <QStringList>
#include <functional>

class AppSession;
class CliContext;
struct Lock;
struct StartPlan;

// `netcode-desk-cli issue`: one code, from a lock in the database or given inline.
class CliIssue {
public:
    static int run(CliContext& cli);
    // Builds a lock from --model/--timecode/--lock-id or --smart-lock-id/--access-key-env, checked.
    // Returns ExitOk or the code to exit with (the reason is already printed).
    static int inlineLock(CliContext& cli, Lock* lock, QString* accessKey);
    // Runs `start` (which hands a request for `lock` to the session's issuing service), waits for
    // the outcome and prints it; returns the exit code. `notes` (what the desk would be told before
    // issuing: snapped start, a time that happens twice, clocks changing, a stay's warnings) go to
    // standard error and into `--json` as "notes". `extraJson` joins the --json object and
    // `extraLines` the text output of a code issued (an issue by stay adds what it covers).
    static int await(CliContext& cli, const Lock& lock, const std::function<void()>& start, const QStringList& notes = {},
                     const QJsonObject& extraJson = {}, const QStringList& extraLines = {});
    // Asks the service for the model's lengths (a utility call, never billed) and waits for them.
    static DurationCatalogue fetchCatalogue(AppSession& session, const QString& model);
    // The notes a plan carries, in the order the desk shows them.
    static QStringList notes(const StartPlan& plan);
};

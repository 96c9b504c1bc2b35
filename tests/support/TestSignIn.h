#pragma once

// A shared store always asks who is at the desk: test desks on one sign in as a manager made for
// the tests (added once per store, the way the administration tool adds people).

#include "AppSession.h"
#include "SignIn.h"
#include "StaffAdmin.h"
#include "StaffRepository.h"

#include <QString>

namespace TestSignIn {

inline QString managerName() { return QStringLiteral("Test Manager"); }
// A password, not a PIN: on a shared store the manager signs in with their database login's password.
inline QString managerPin() { return QStringLiteral("test manager pass"); }

// Empty when signed in (or when the store does not ask), else why not.
inline QString asManager(AppSession& session)
{
    if (!session.signIn().isRequired())
        return {};
    StaffMember existing;
    if (!session.staff().findByName(managerName(), &existing)) {
        SignIn tool(session.staff(), session.auditLog(), session.clock(), &session.database());
        tool.actAsAdministrator(QStringLiteral("(command line) test"));
        StaffAdmin admin(session.staff(), tool, session.database().connection());
        // On a shared store the manager works through a login of their own: here the test's own
        // login (the cluster lets it in through its socket whatever the password).
        if (!admin.add(managerName(), StaffRole::Role::Manager, managerPin(), session.database().loginName()))
            return admin.errorText();
    }
    const SignIn::Attempt attempt = session.signIn().signIn(managerName(), managerPin());
    return session.signIn().isSignedIn() ? QString() : attempt.message;
}

} // namespace TestSignIn

// Compiled only to build the precompiled header that the test programs of one folder share
// (netcode_add_test in cmake/NetcodeTesting.cmake); it adds nothing to any program.

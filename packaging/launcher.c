/* The `competence-app` a person double-clicks in the unpacked Linux bundle.
 *
 * The program itself (app/competence-app, made by PyInstaller) loads a Python and
 * libraries built on the build machine. On a system whose GNU C library (glibc) is
 * older than they need, the loader refuses them and a double-click fails without a
 * word. This launcher is linked statically, so it starts on any Linux; it asks the
 * system for its glibc version (getconf), and when that is too old it says so in a
 * window (zenity, kdialog or xmessage, whichever the desktop has) and in the terminal.
 * Otherwise it hands over to app/competence-app with the same arguments.
 * The same program under the name "Install in my menu" runs install.sh instead, so a
 * person can add the app to their menu from the file manager, without a terminal.
 *
 * build-linux.sh compiles it with the bundle's real need, measured from its libraries:
 *   gcc -static -Os -DNEED_GLIBC='"2.34"' -DRUNS_ON='"Ubuntu 22.04, ..."' launcher.c
 * A file manager runs an ELF program on double-click; a shell script it would open in
 * a text editor, which is why this is C.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef NEED_GLIBC
#error "build-linux.sh passes -DNEED_GLIBC"
#endif
#ifndef RUNS_ON
#define RUNS_ON ""
#endif

static const char *TITLE = "Citizen Leadership Companion";

/* major * 1000 + minor, from "2.31" or "glibc 2.31"; -1 when there is no number. */
static int version_number(const char *text) {
    int major, minor;
    while (*text && (*text < '0' || *text > '9')) text++;
    if (sscanf(text, "%d.%d", &major, &minor) != 2) return -1;
    return major * 1000 + minor;
}

static int system_glibc(char *out, size_t size) {
    FILE *pipe = popen("getconf GNU_LIBC_VERSION 2>/dev/null", "r");
    if (pipe == NULL) return -1;
    if (fgets(out, (int)size, pipe) == NULL) out[0] = '\0';
    pclose(pipe);
    out[strcspn(out, "\n")] = '\0';
    return version_number(out);
}

static int on_path(const char *name) {
    const char *path = getenv("PATH");
    char candidate[PATH_MAX];
    if (path == NULL) path = "/usr/bin:/bin";
    while (*path) {
        size_t length = strcspn(path, ":");
        if (length > 0 && length + strlen(name) + 2 < sizeof candidate) {
            memcpy(candidate, path, length);
            candidate[length] = '/';
            strcpy(candidate + length + 1, name);
            if (access(candidate, X_OK) == 0) return 1;
        }
        path += length;
        if (*path == ':') path++;
    }
    return 0;
}

static int run(char *const argv[]) {
    pid_t child = fork();
    int status;
    if (child == 0) {
        execvp(argv[0], argv);
        _exit(127);
    }
    if (child < 0 || waitpid(child, &status, 0) < 0) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

/* The message goes to the terminal, and to a window when there is a desktop to show it. */
static void tell(const char *message) {
    fprintf(stderr, "%s\n", message);
    if (getenv("DISPLAY") == NULL && getenv("WAYLAND_DISPLAY") == NULL) return;
    if (on_path("zenity")) {
        char *argv[] = {"zenity", "--error", "--no-markup", "--width=460", "--title",
                        (char *)TITLE, "--text", (char *)message, NULL};
        if (run(argv) >= 0) return;
    }
    if (on_path("kdialog")) {
        char *argv[] = {"kdialog", "--title", (char *)TITLE, "--error", (char *)message, NULL};
        if (run(argv) >= 0) return;
    }
    if (on_path("xmessage")) {
        char *argv[] = {"xmessage", "-center", "-buttons", "OK", (char *)message, NULL};
        run(argv);
    }
}

int main(int argc, char **argv) {
    char self[PATH_MAX], self_path[PATH_MAX], program[PATH_MAX + 32], found[128], message[PATH_MAX + 2048];
    ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    int have;
    (void)argc;

    if (length <= 0) {
        fprintf(stderr, "%s: cannot find its own folder.\n", TITLE);
        return 1;
    }
    self[length] = '\0';
    strcpy(self_path, self);
    *strrchr(self, '/') = '\0';
    snprintf(program, sizeof program, "%s/app/competence-app", self);

    have = system_glibc(found, sizeof found);
    if (have < version_number(NEED_GLIBC)) {
        if (have < 0) {
            snprintf(message, sizeof message,
                     "Citizen Leadership Companion cannot start on this computer.\n\n"
                     "It is made for Linux systems with the GNU C library (glibc) %s or newer, "
                     "and this system does not seem to have it.%s%s\n\n"
                     "READ-ME.txt in this folder says more.",
                     NEED_GLIBC, RUNS_ON[0] ? "\nIt runs on " : "", RUNS_ON);
        } else {
            snprintf(message, sizeof message,
                     "Citizen Leadership Companion cannot start on this computer: "
                     "its system is too old for this version.\n\n"
                     "It needs the GNU C library (glibc) %s or newer; this computer has %s.%s%s\n\n"
                     "Updating the system to a newer release will let it start. "
                     "READ-ME.txt in this folder says more.",
                     NEED_GLIBC, found, RUNS_ON[0] ? "\nIt runs on " : "", RUNS_ON);
        }
        tell(message);
        return 1;
    }
    if (strncmp(strrchr(self_path, '/') + 1, "Install", 7) == 0) {
        char *install[] = {"sh", program, NULL};
        snprintf(program, sizeof program, "%s/install.sh", self);
        execv("/bin/sh", install);
    } else {
        argv[0] = program;
        execv(program, argv);
    }
    snprintf(message, sizeof message,
             "Citizen Leadership Companion could not start (%s: %s).\n\n"
             "Please unpack the download again, keeping all its files together.",
             program, strerror(errno));
    tell(message);
    return 1;
}

# run-with: python3
# The command line: -c, -m, a script with arguments, stdin as the script, -i, exit
# statuses, SystemExit messages, tracebacks on stderr, -X heapsize, sys.path from
# FERRITEPATH/MICROPYPATH, unknown options. Drives $FERRITE as a subprocess.
import os
import subprocess
import tempfile

FERRITE = os.environ["FERRITE"]


def run(args, stdin=b"", env=None, cwd=None):
    e = dict(os.environ)
    e.pop("FERRITEPATH", None)
    e.pop("MICROPYPATH", None)
    e.update(env or {})
    p = subprocess.run([FERRITE] + args, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, env=e, cwd=cwd, timeout=20)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def show(title, r):
    status, out, err = r
    print("--", title, "status", status)
    print(out, end="")
    # stderr: only its last line (tracebacks name temporary paths)
    lines = err.strip().splitlines()
    if lines:
        print("stderr:", lines[-1])


with tempfile.TemporaryDirectory() as d:
    def write(name, text):
        path = os.path.join(d, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        return path

    script = write("prog.py", "import sys\nprint(sys.argv[1:], __name__)\n"
                   "print(sys.path[0] == %r)\n" % os.path.realpath(d))
    write("modx.py", "import sys\nprint('modx', __name__, sys.argv)\n")
    write("pkg/__init__.py", "print('pkg init')\n")
    write("pkg/__main__.py", "print('pkg main', __name__)\n")
    write("pkg/sub.py", "from . import helper\nprint('sub', __name__, helper.X)\n")
    write("pkg/helper.py", "X = 7\n")
    write("lib1/extra1.py", "print('extra1 found')\n")
    write("lib2/extra2.py", "print('extra2 found')\n")

    show("script with args", run([script, "a", "-b", "--c"]))
    show("-c", run(["-c", "import sys; print(sys.argv, 6 * 7)", "x", "y"]))
    show("-c error", run(["-c", "1/0"]))
    show("-m module", run(["-m", "modx", "arg"], cwd=d))
    show("-m package", run(["-m", "pkg"], cwd=d))
    show("-m submodule", run(["-m", "pkg.sub"], cwd=d))
    show("-m missing", run(["-m", "no_such_mod"], cwd=d))
    show("stdin script", run([], stdin=b"import sys\nprint('stdin', sys.argv)\n"))
    show("- script", run(["-", "q"], stdin=b"import sys\nprint(sys.argv)\n"))
    show("-i", run(["-i", "-c", "x = 5"], stdin=b"x * 2\n"))
    show("exit 3", run(["-c", "import sys; sys.exit(3)"]))
    show("exit msg", run(["-c", "raise SystemExit('bye')"]))
    show("exit None", run(["-c", "import sys; print('a'); sys.exit()"]))
    show("uncaught", run(["-c", "def f():\n    raise KeyError('k')\nf()"]))
    show("syntax error", run(["-c", "x = (1,"]))
    show("missing file", run(["nope.py"], cwd=d))
    show("heapsize 16k", run(["-X", "heapsize=16k", "-c",
                              "l = []\ntry:\n    while True: l.append([0] * 10)\n"
                              "except MemoryError:\n    n = len(l); l = None; print('ME', n > 5)\n"
                              "print(sum(range(100)))"]))
    show("heapsize joined", run(["-Xheapsize=64k", "-c", "print('ok')"]))
    show("emit option", run(["-X", "emit=bytecode", "-X", "realtime", "-c", "print('ok')"]))
    show("FERRITEPATH", run(["-c", "import extra1, extra2"],
                            env={"FERRITEPATH": os.path.join(d, "lib1") + ":" + os.path.join(d, "lib2")}))
    show("MICROPYPATH", run(["-c", "import extra2"], env={"MICROPYPATH": os.path.join(d, "lib2")}))
    show("unknown option", run(["--bogus"]))
    show("version", run(["--version"]))

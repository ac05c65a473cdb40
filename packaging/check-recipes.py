#!/usr/bin/env python3
"""Static checks of the packaging recipes that cannot run on this machine (issue #7): the GitHub workflow, the
Flatpak manifest, the AppImage and signing scripts, the macOS Info.plist template and .icns, the Windows
resource script, and the AppStream screenshots. Each check names the file and what is wrong.

    python3 packaging/check-recipes.py [REPO_ROOT]"""
import os
import plistlib
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

import yaml

ROOT = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), ".."))
problems = []


def check(ok, what):
    if not ok:
        problems.append(what)
    return ok


def read(rel):
    with open(os.path.join(ROOT, rel), encoding="utf-8") as f:
        return f.read()


cmake = read("CMakeLists.txt")
app_id = re.search(r'set\(SOSIK_APP_ID "([^"]+)"\)', cmake).group(1)
version = re.search(r"project\(Sosik VERSION (\d+)\.(\d+)\.(\d+)", cmake).groups()

# the workflow: valid YAML, the three platforms plus Flatpak, artifacts uploaded, referenced scripts exist
workflow = yaml.safe_load(read(".github/workflows/ci.yml"))
jobs = workflow.get("jobs", {})
for job in ("linux", "windows", "macos", "flatpak"):
    check(job in jobs, f"ci.yml: no {job} job")
for name, job in jobs.items():
    steps = job.get("steps", [])
    check(steps and steps[0].get("uses", "").startswith("actions/checkout"), f"ci.yml: {name} does not check out")
    runs = "\n".join(s.get("run", "") for s in steps)
    for script in re.findall(r"(?:tools|packaging)/[\w./-]+\.(?:sh|ps1|py)", runs):
        check(os.path.exists(os.path.join(ROOT, script)), f"ci.yml: {name} runs missing {script}")
    if name != "flatpak":
        check(any(s.get("uses", "").startswith("actions/upload-artifact") for s in steps),
              f"ci.yml: {name} uploads nothing")
check("tools/dev.sh test" in str(jobs.get("linux")), "ci.yml: linux does not run the README's test command")

# Flatpak: one app id everywhere, the installed command, network access, the source tree
manifest_rel = "packaging/linux/flatpak/org.sosik.Sosik.yml"
manifest = yaml.safe_load(read(manifest_rel))
check(manifest.get("app-id") == app_id, f"{manifest_rel}: app-id is not {app_id}")
check(manifest.get("command") == "sosik", f"{manifest_rel}: command is not sosik")
check("--share=network" in manifest.get("finish-args", []), f"{manifest_rel}: no network access")
module = manifest["modules"][-1]
check(module.get("buildsystem") in ("cmake", "cmake-ninja"), f"{manifest_rel}: not a CMake build")
source = module["sources"][0]
src_dir = os.path.normpath(os.path.join(ROOT, os.path.dirname(manifest_rel), source.get("path", "")))
check(os.path.exists(os.path.join(src_dir, "CMakeLists.txt")), f"{manifest_rel}: source path is not the repository")
check(os.path.exists(os.path.join(ROOT, "packaging/linux", app_id + ".desktop")), "desktop file name != app id")
metainfo = ET.parse(os.path.join(ROOT, "packaging/linux", app_id + ".metainfo.xml")).getroot()
check(metainfo.findtext("id") == app_id, "metainfo id != app id")
screens = metainfo.findall("./screenshots/screenshot/image")
check(len(screens) >= 2, "metainfo: fewer than two screenshots")
for image in screens:
    check(os.path.exists(os.path.join(ROOT, "docs/screenshots", image.text.rsplit("/", 1)[-1])),
          f"metainfo: screenshot {image.text} is not in docs/screenshots")
descriptions = metainfo.findall("./description/p")
check(any(p.get("{http://www.w3.org/XML/1998/namespace}lang") == "ko" for p in descriptions),
      "metainfo: no Korean description")

# macOS: the Info.plist template fills in to a valid plist with our id, and the icon it names is a real .icns
plist_in = read("packaging/macos/Info.plist.in")
values = {"MACOSX_BUNDLE_EXECUTABLE_NAME": "sosik", "MACOSX_BUNDLE_GUI_IDENTIFIER": app_id,
          "MACOSX_BUNDLE_BUNDLE_NAME": "Sosik", "MACOSX_BUNDLE_ICON_FILE": "sosik.icns",
          "MACOSX_BUNDLE_SHORT_VERSION_STRING": ".".join(version), "MACOSX_BUNDLE_BUNDLE_VERSION": ".".join(version),
          "MACOSX_BUNDLE_COPYRIGHT": "MIT"}
unknown = set(re.findall(r"\$\{(\w+)\}", plist_in)) - set(values)
check(not unknown, f"Info.plist.in: unknown variables {sorted(unknown)}")
gui_cmake = read("app/gui/CMakeLists.txt")
for var in set(re.findall(r"\$\{(MACOSX_BUNDLE_\w+)\}", plist_in)) - {"MACOSX_BUNDLE_EXECUTABLE_NAME"}:
    check(var in gui_cmake, f"app/gui/CMakeLists.txt does not set {var}")
plist = plistlib.loads(re.sub(r"\$\{(\w+)\}", lambda m: values.get(m.group(1), ""), plist_in).encode())
check(plist["CFBundleIdentifier"] == app_id, "Info.plist: wrong bundle id")
check(plist.get("NSHighResolutionCapable") is True, "Info.plist: not HiDPI capable")
with open(os.path.join(ROOT, "resources/icons/sosik.icns"), "rb") as f:
    icns = f.read()
check(icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns), "sosik.icns: bad header")
offset, sizes = 8, []
while offset < len(icns):
    kind, length = icns[offset:offset + 4], struct.unpack(">I", icns[offset + 4:offset + 8])[0]
    data = icns[offset + 8:offset + length]
    check(data.startswith(b"\x89PNG"), f"sosik.icns: {kind} is not PNG")
    sizes.append(struct.unpack(">I", data[16:20])[0])
    offset += length
check(offset == len(icns) and 256 in sizes, f"sosik.icns: entries {sizes}")
plistlib.loads(read("packaging/macos/entitlements.plist").encode())

# Windows: the resource script names only variables CMake sets, and the icon exists
rc = read("packaging/windows/sosik.rc.in")
check(set(re.findall(r"@(\w+)@", rc)) <= {"SOSIK_ICO", "PROJECT_VERSION", "PROJECT_VERSION_MAJOR",
                                          "PROJECT_VERSION_MINOR", "PROJECT_VERSION_PATCH"},
      "sosik.rc.in: unknown variables")
check(os.path.getsize(os.path.join(ROOT, "resources/icons/sosik.ico")) > 0, "sosik.ico missing")
packaging = read("packaging/Packaging.cmake")
for generator in ("DEB", "NSIS;ZIP", "DragNDrop"):
    check(f'"{generator}"' in packaging, f"Packaging.cmake: no {generator} generator")
portable = read("app/gui/main.cpp")
check("sosik-portable.txt" in read("app/gui/settings/DataLocation.h") and "sosik-portable.txt" in read("packaging/windows/make-portable.ps1"),
      "portable marker file names differ between main.cpp and make-portable.ps1")

# shell scripts parse
for script in ("packaging/linux/appimage/build-appimage.sh", "packaging/macos/sign-and-notarize.sh",
               "packaging/linux/check-deb.sh"):
    result = subprocess.run(["bash", "-n", os.path.join(ROOT, script)], capture_output=True, text=True)
    check(result.returncode == 0, f"{script}: {result.stderr.strip()}")

for p in problems:
    print("FAIL:", p)
print(f"packaging recipes: {len(problems)} problem(s)")
sys.exit(1 if problems else 0)

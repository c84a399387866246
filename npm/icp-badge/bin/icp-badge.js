#!/usr/bin/env node
// Runs the native icp-badge from the platform package npm installed beside this one (the esbuild pattern:
// optionalDependencies with os/cpu/libc, so npm installs exactly one of them). Arguments, stdin/stdout/stderr,
// the exit code and signals pass straight through; the binary itself needs no Node.js and no .NET.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const RELEASES = 'https://github.com/icpbadge/icpbadge/releases';

/** glibc or musl, from Node's own report (what the binary was linked against matters, not the distribution). */
function libc() {
  try {
    const header = process.report && process.report.getReport().header;
    if (header) return header.glibcVersionRuntime ? 'glibc' : 'musl';
  } catch {
    // fall through to the file check
  }
  return fs.existsSync('/etc/alpine-release') ? 'musl' : 'glibc';
}

/** The platform package for this machine, e.g. @icp-badge/linux-x64 or @icp-badge/linux-x64-musl. */
function platformPackage() {
  const musl = process.platform === 'linux' && libc() === 'musl' ? '-musl' : '';
  return `@icp-badge/${process.platform}-${process.arch}${musl}`;
}

const SUPPORTED = new Set([
  '@icp-badge/linux-x64', '@icp-badge/linux-x64-musl', '@icp-badge/linux-arm64',
  '@icp-badge/darwin-arm64', '@icp-badge/darwin-x64', '@icp-badge/win32-x64',
]);

/** The binary's path, or null with the one line that says what to do instead. */
function findBinary() {
  if (process.env.ICP_BADGE_BINARY_PATH) return { binary: process.env.ICP_BADGE_BINARY_PATH };
  const pkg = platformPackage();
  const exe = process.platform === 'win32' ? 'icp-badge.exe' : 'icp-badge';
  try {
    return { binary: path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'bin', exe) };
  } catch {
    const others = `or use \`dotnet tool install -g IcpBadge.Cli\` (needs .NET 10) or the release archive from ${RELEASES}`;
    const line = SUPPORTED.has(pkg)
      ? `icp-badge: the platform package ${pkg} is not installed (optional dependencies omitted?); run \`npm install ${pkg}\`, ${others}.`
      : `icp-badge: no native binary is published for ${process.platform}-${process.arch}; ${others}.`;
    return { problem: line };
  }
}

const found = findBinary();
if (!found.binary) {
  process.stderr.write(found.problem + '\n');
  process.exit(70);
}

const child = spawn(found.binary, process.argv.slice(2), { stdio: 'inherit', windowsHide: true });

// A signal sent to this launcher (kill, a CI runner's cancel) goes to the binary, which decides how to end.
const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const forward = (signal) => {
  try {
    child.kill(signal);
  } catch {
    // the child has already exited
  }
};
for (const signal of forwarded) process.on(signal, forward);

child.on('error', (error) => {
  process.stderr.write(`icp-badge: could not start ${found.binary}: ${error.message}\n`);
  process.exit(70);
});

child.on('exit', (code, signal) => {
  if (signal) {
    // Die of the same signal, so a shell or CI runner sees what really happened.
    for (const s of forwarded) process.removeListener(s, forward);
    process.kill(process.pid, signal);
    // Should the signal not end this process (its default action ignores it): exit as a shell would report it.
    setTimeout(() => process.exit(128 + (os.constants.signals[signal] || 0)), 200);
    return;
  }
  process.exit(code === null ? 1 : code);
});

// How every script and test here launches Chromium: Debian's build, never a downloaded one,
// with the flags this sandboxed, offline machine needs.

/** Launch options for Playwright's chromium.launch() and the test config. */
export const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

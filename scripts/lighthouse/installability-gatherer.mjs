// Lighthouse 12 dropped its installability audit (with the PWA category); this gatherer asks Chromium the
// same question the old one did: Page.getInstallabilityErrors, plus the manifest it found.
// Used by scripts/lighthouse/installable.config.mjs (`npm run bench:pages -- --lighthouse`).
export default class InstallabilityErrors {
  meta = { supportedModes: ['navigation'] };

  // The phases Lighthouse calls on every gatherer (its Gatherer base class is in the temporary install, not here).
  async startInstrumentation() {}
  async startSensitiveInstrumentation() {}
  async stopSensitiveInstrumentation() {}
  async stopInstrumentation() {}

  async getArtifact(context) {
    const session = context.driver.defaultSession;
    // Chromium decides once the manifest is fetched: ask until the answer settles (at most ~5 s).
    let errors = [];
    for (let i = 0; i < 10; i++) {
      ({ installabilityErrors: errors } = await session.sendCommand('Page.getInstallabilityErrors'));
      if (errors.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const manifest = await session.sendCommand('Page.getAppManifest');
    return { errors, manifestUrl: manifest.url, manifestErrors: manifest.errors };
  }
}

// The installability audit for Lighthouse 12 (see installability-gatherer.mjs): passes when Chromium reports no
// installability error and the web manifest parsed without errors.
export default class InstallableManifest {
  static get meta() {
    return {
      id: 'installable-manifest',
      title: 'Web app manifest and page meet the installability requirements',
      failureTitle: 'Web app manifest or page does not meet the installability requirements',
      description: "Chromium's own installability check (Page.getInstallabilityErrors), as Lighthouse ≤ 11 ran it.",
      requiredArtifacts: ['InstallabilityErrors'],
    };
  }

  static audit(artifacts) {
    const { errors, manifestUrl, manifestErrors } = artifacts.InstallabilityErrors;
    const problems = [...errors.map((e) => e.errorId), ...manifestErrors.map((e) => e.message)];
    return {
      score: problems.length === 0 && manifestUrl ? 1 : 0,
      displayValue: problems.length ? problems.join(', ') : manifestUrl,
      details: { type: 'debugdata', errors: problems, manifestUrl },
    };
  }
}

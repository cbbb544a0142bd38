// Lighthouse config for the installability check of `npm run bench:pages -- --lighthouse` (src/offline/).
import { fileURLToPath } from 'node:url';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

export default {
  artifacts: [{ id: 'InstallabilityErrors', gatherer: here('./installability-gatherer.mjs') }],
  audits: [here('./installable-audit.mjs')],
  categories: {
    installable: { title: 'Installable', auditRefs: [{ id: 'installable-manifest', weight: 1 }] },
  },
};

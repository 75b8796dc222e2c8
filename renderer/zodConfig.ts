import { z } from 'zod';

// The CSP forbids eval. Without this, zod probes `new Function('')` while building its first
// object schema, and the page reports a CSP violation. Imported before any module that builds schemas.
z.config({ jitless: true });

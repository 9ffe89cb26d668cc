// Set by vite.config.ts: true in `vite build --mode demo`, the server-less static build.
interface ImportMetaEnv {
  readonly CRUX_DEMO?: boolean;
}

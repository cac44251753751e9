// Vitest and command-line scripts run outside React Server Components, where the real
// `server-only` package throws on import. Aliasing it here keeps the guard for the Next build.
export {};

// What the web project's global setup (test-setup/api-server.ts) hands to the tests.
declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of a real API server for the component tests that talk to it. */
    apiUrl: string;
    /** Base URL of a real API server started with WIREDIFF_API_KEYS. */
    apiUrlWithKeys: string;
    /** The keys that server accepts. */
    apiKeys: string[];
  }
}

export {};

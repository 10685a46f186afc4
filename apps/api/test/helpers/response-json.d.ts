// Tests read many JSON bodies whose shape they then assert; typing each one adds nothing,
// so within test files Response#json resolves to any (undici types it as unknown).
declare global {
  interface Response {
    json(): Promise<any>;
  }
}
export {};

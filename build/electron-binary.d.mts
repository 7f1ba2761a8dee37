// Types of electron-binary.mjs for the TypeScript tests that import it.
export function electronPackageDir(): string | null;
export function findElectronBinary(): string | null;

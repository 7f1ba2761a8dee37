// The extractor's version, stored with each document so the workbench knows which ones a newer extractor should re-read.
export const EXTRACTOR_VERSION = '2026.12.195';

import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests: `*.test.ts` run in node, `*.dom.test.ts(x)` in happy-dom.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    environmentMatchGlobs: undefined,
    globals: false,
  },
});

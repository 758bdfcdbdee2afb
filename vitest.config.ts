import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit tests run in node; a `*.dom.test.tsx` file opts into happy-dom with a
// `// @vitest-environment happy-dom` first line.
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    globals: false,
  },
});

import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const API = process.env.ENFOQUE_API ?? 'http://localhost:3000';

// The procedure's labels live in workflows/ (plain TypeScript shared with the server).
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@procedure': fileURLToPath(new URL('../workflows', import.meta.url)) } },
  // Development: `npm run dev -w web` serves the app with hot reload and sends /api to the API.
  server: { port: 5173, proxy: { '/api': API, '/verify': API } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, chunkSizeWarningLimit: 600 },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	server: {
		// `vite dev` talks to the database the launcher started (npm start) on the same origin.
		proxy: { '^/db/.*': { target: process.env.YORISOI_DEV_DB ?? 'http://127.0.0.1:3000' } }
	},
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'node',
					environment: 'node',
					include: ['src/**/*.test.ts', 'server/**/*.test.ts', 'tools/**/*.test.ts', 'bench/**/*.test.ts'],
					setupFiles: ['src/test-setup.ts']
				}
			},
			{
				// The data layer's tests again with sealed storage (encryption at rest): the test
				// helpers give every database a data key (src/lib/data/test-helpers.ts).
				extends: true,
				test: {
					name: 'node-sealed',
					environment: 'node',
					include: ['src/lib/data/**/*.test.ts'],
					exclude: ['src/lib/data/crypto/**', 'src/lib/data/session/**'],
					setupFiles: ['src/test-setup.ts'],
					env: { YORISOI_TEST_STORAGE: 'sealed' }
				}
			}
		]
	}
});

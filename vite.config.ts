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
			}
		]
	}
});

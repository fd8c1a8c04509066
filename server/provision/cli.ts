// The provisioning command: `node server/provision/cli.ts --url http://admin:pw@host:5984 [--demo]`.

import { parseArgs } from 'node:util';
import { CouchAuthError, CouchUnreachableError, parseCouchUrl } from './couch-client.ts';
import { CouchClient } from './couch-client.ts';
import { provision, type ProvisionPlan } from './index.ts';
import { setUserDisabled } from './users.ts';
import { loadDemoPlan, mergePlans, readPlanFile } from './plan.ts';

const usage = `Usage: node server/provision/cli.ts --url <couchdb-url> [options]

Creates or updates Yorisoi's users, databases, _security, design documents and promoter
replications on a CouchDB server. Safe to run again: what is already right is left alone.

  --url <url>              CouchDB base URL, e.g. http://admin:secret@127.0.0.1:5984
  --user, --password       server admin credentials (or COUCHDB_USER / COUCHDB_PASSWORD, or in the URL)
  --demo                   also create the demo city's teams, users and documents
  --plan <file.json>       teams and users of a real city: { "teams": [...], "users": [...] }
  --replication-url <url>  how the CouchDB server reaches itself (default: --url without credentials)
  --reset-passwords        set the plan's passwords on existing users too
  --disable <user>         disable an account (repeatable): its devices erase its data at their
                           next contact with the server; provisioning runs keep it disabled
  --enable <user>          lift --disable (repeatable)
  -h, --help               show this help

Set YORISOI_DEBUG=1 to see stack traces of unexpected errors.
`;

async function main(argv: string[]): Promise<number> {
	let values;
	try {
		({ values } = parseArgs({
			args: argv,
			options: {
				url: { type: 'string' },
				user: { type: 'string' },
				password: { type: 'string' },
				demo: { type: 'boolean', default: false },
				plan: { type: 'string' },
				'replication-url': { type: 'string' },
				'reset-passwords': { type: 'boolean', default: false },
				disable: { type: 'string', multiple: true, default: [] },
				enable: { type: 'string', multiple: true, default: [] },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}));
	} catch (error) {
		console.error(`${(error as Error).message}\n\n${usage}`);
		return 1;
	}
	if (values.help) {
		console.log(usage);
		return 0;
	}
	const rawUrl = values.url ?? process.env.COUCHDB_URL;
	if (!rawUrl) {
		console.error(`--url is required.\n\n${usage}`);
		return 1;
	}

	try {
		const { url, admin } = parseCouchUrl(rawUrl, values.user ?? process.env.COUCHDB_USER, values.password ?? process.env.COUCHDB_PASSWORD);
		if (values.disable.length > 0 || values.enable.length > 0) {
			// Only the accounts: nothing else of the server is touched.
			const client = new CouchClient(url, admin);
			await client.checkAdmin();
			for (const [names, disabled] of [[values.disable, true], [values.enable, false]] as const) {
				for (const name of names) console.log(`${name}: ${disabled ? 'disabled' : 'enabled'} (${await setUserDisabled(client, name, disabled)})`);
			}
			return 0;
		}
		const plans: ProvisionPlan[] = [];
		if (values.plan) plans.push(readPlanFile(values.plan));
		if (values.demo) plans.push(await loadDemoPlan());
		if (plans.length === 0) console.log('No --plan or --demo: updating system databases and the design documents of existing Yorisoi databases only.');
		await provision({
			couchUrl: url,
			admin,
			replicationUrl: values['replication-url'],
			plan: mergePlans(plans),
			resetPasswords: values['reset-passwords'],
			log: (line) => console.log(line)
		});
		console.log(`Provisioned ${url}`);
		return 0;
	} catch (error) {
		// Expected failures (unreachable server, wrong credentials, a bad plan) need no stack trace.
		const expected = error instanceof CouchUnreachableError || error instanceof CouchAuthError || !process.env.YORISOI_DEBUG;
		console.error(expected && error instanceof Error ? `Error: ${error.message}` : error);
		return 1;
	}
}

process.exitCode = await main(process.argv.slice(2));

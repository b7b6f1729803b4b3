// Checks a service's audit chain: npm run audit -- verify <service>
import { connectMongo, serviceDbName } from '@harbour/persistence';
import { AuditLog } from '../audit/audit-log';

const SERVICES = ['reporting', 'support', 'identification', 'protection', 'justice', 'compensation', 'operations'];
const USAGE = `usage: npm run audit -- verify <service>   (one of ${SERVICES.join(', ')}; MONGO_URL names the server, MONGO_DB another database)`;

async function main([command, service, ...rest]: string[]): Promise<number> {
  if (command !== 'verify' || !SERVICES.includes(service) || rest.length > 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const connection = await connectMongo(serviceDbName(service));
  try {
    const verdict = await new AuditLog(connection).verifyChain();
    if (verdict.intact) {
      process.stdout.write(`${connection.name}: audit chain intact, ${verdict.entries} entries\n`);
      return 0;
    }
    process.stdout.write(`${connection.name}: audit chain broken at entry ${verdict.brokenAt} (${verdict.entries} intact before it): ${verdict.reason}\n`);
    return 1;
  } finally {
    await connection.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: Error) => {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 2;
  },
);

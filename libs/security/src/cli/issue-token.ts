// Prints a development token: npm run token -- --role support-case-worker --org be-payoke
import { issueDevelopmentToken } from '../tokens/issue-development-token';
import { parseTokenArguments, TOKEN_USAGE } from './token-arguments';

try {
  process.stdout.write(`${issueDevelopmentToken(parseTokenArguments(process.argv.slice(2)))}\n`);
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n${TOKEN_USAGE}\n`);
  process.exitCode = 2;
}

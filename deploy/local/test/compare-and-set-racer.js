// One racing process of database-atomicity.spec.ts: `racers` loops share this process's connection
// pool and each raises the counter `wins` times with a compare-and-set, retrying when another
// writer got there first. Prints what it was told succeeded, as JSON.
// Usage: node compare-and-set-racer.js <mongo-url> <db> <document-id> <racers> <wins>
const { mongo } = require('mongoose');

const [url, dbName, id, racers, wins] = process.argv.slice(2);

async function race(counters, name) {
  const reported = [];
  while (reported.length < Number(wins)) {
    const { n } = await counters.findOne({ _id: id });
    const stamp = `${name}-${reported.length}`;
    const result = await counters.updateOne({ _id: id, n }, { $set: { n: n + 1 }, $push: { stamps: stamp } });
    if (result.modifiedCount === 1) reported.push(stamp);
  }
  return reported;
}

async function main() {
  const client = await mongo.MongoClient.connect(url, { maxPoolSize: Number(racers) });
  try {
    const counters = client.db(dbName).collection('counters');
    const loops = Array.from({ length: Number(racers) }, (_, index) => race(counters, `${process.pid}.${index}`));
    process.stdout.write(JSON.stringify((await Promise.all(loops)).flat()));
  } finally {
    await client.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

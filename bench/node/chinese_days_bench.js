// Reference: how fast the npm package chinese-days finds "the 20th working day after D", the
// operation gongkai's BM_DueDate measures. Same receipt-date spread (2019–2025), 5 repetitions,
// median reported. Run: npm install && npm run bench (see docs/BENCHMARKS.md).
const { findWorkday } = require('chinese-days');

function dates(count) {
  const out = [];
  let seed = 42;
  const start = Date.UTC(2019, 0, 2);
  for (let i = 0; i < count; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const day = seed % (7 * 365 - 60);
    out.push(new Date(start + day * 86400000).toISOString().slice(0, 10));
  }
  return out;
}

const inputs = dates(4096);
const results = [];
for (let repetition = 0; repetition < 5; repetition++) {
  const iterations = 20000;
  const begin = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) findWorkday(20, inputs[i & 4095]);
  const ns = Number(process.hrtime.bigint() - begin) / iterations;
  results.push(ns);
}
results.sort((a, b) => a - b);
const median = results[2];
console.log(`chinese-days findWorkday(20, D): median ${(median / 1000).toFixed(1)} µs per call, ` +
            `${Math.round(1e9 / median)} calls/s`);
console.log(`check: findWorkday(20, '2024-09-27') = ${findWorkday(20, '2024-09-27')}`);

import {chromium} from '@playwright/test';
import {gzipSync} from 'node:zlib';
const b = await chromium.launch({executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu']});
for (const path of process.argv.slice(2)) {
  const p = await b.newPage({viewport: {width: 390, height: 800}});
  const urls = new Set();
  p.on('request', (r) => { if (r.resourceType() === 'script') urls.add(r.url()); });
  await p.goto(`http://127.0.0.1:3193/agora-token-guide/${path}`, {waitUntil: 'networkidle'});
  await p.waitForTimeout(1000);
  let total = 0; const rows = [];
  for (const u of urls) { const body = await (await fetch(u)).arrayBuffer(); const gz = gzipSync(Buffer.from(body)).length; total += gz; rows.push([u.split('/').pop(), (gz/1024).toFixed(1)]); }
  console.log(path, (total/1024).toFixed(1), 'KB'); rows.sort((a,b)=>b[1]-a[1]); for (const r of rows) console.log('   ', r[1], r[0]);
  await p.close();
}
await b.close();

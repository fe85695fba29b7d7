// Prints each failed test of the given .trx files: its name, its error message, the top of its stack trace and the
// tail of its output (a fault test's report lines), so a CI log read from its tail says why a test failed, not only
// which. Usage: node failed-tests.js <file.trx>...
"use strict";
const fs = require("fs");

const decode = text => text
  .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, "\"").replace(/&apos;/g, "'")
  .replace(/&#x([0-9a-fA-F]+);/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
  .replace(/&#([0-9]+);/g, (_, dec) => String.fromCodePoint(parseInt(dec, 10)))
  .replace(/&amp;/g, "&");

const element = (xml, name) => {
  const match = new RegExp(`<${name}>([\\s\\S]*?)</${name}>`).exec(xml);
  return match ? decode(match[1]).trim() : "";
};

const lines = (text, take) => text.split(/\r?\n/).filter(line => line.trim() !== "").slice(take);

for (const file of process.argv.slice(2)) {
  const trx = fs.readFileSync(file, "utf8");
  const results = trx.match(/<UnitTestResult [^>]*outcome="Failed"[^>]*>[\s\S]*?<\/UnitTestResult>/g) || [];
  for (const result of results) {
    const name = /testName="([^"]*)"/.exec(result);
    console.log(`failed: ${name ? decode(name[1]) : "(unnamed test)"}`);
    for (const line of lines(element(result, "Message"), 0).slice(0, 20)) console.log(`  ${line}`);
    for (const line of lines(element(result, "StackTrace"), 0).slice(0, 8)) console.log(`  ${line}`);
    const output = lines(element(result, "StdOut"), -40);
    if (output.length > 0) {
      console.log("  output (last 40 lines):");
      for (const line of output) console.log(`    ${line}`);
    }
  }
}

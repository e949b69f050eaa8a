// Parse Mermaid diagrams with Mermaid's own parser, inside headless Chromium.
// Usage: node mermaid_parse.mjs DIAGRAMS.json  (a JSON list of diagram texts)
// Prints a JSON list, one entry per diagram: {"ok": true, "type": "timeline", "periods": [[period,
// [event, ...]], ...]} (periods as Mermaid read them, for a timeline) or {"ok": false, "error": "..."}.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch } from "./browser.mjs";

const diagrams = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const bundle = fileURLToPath(new URL("./node_modules/mermaid/dist/mermaid.min.js", import.meta.url));
const browser = await launch();
try {
  const page = await browser.newPage();
  await page.setContent("<!DOCTYPE html><html><body></body></html>");
  await page.addScriptTag({ path: bundle });
  const results = await page.evaluate(async (texts) => {
    mermaid.initialize({ startOnLoad: false });
    const out = [];
    for (const text of texts) {
      try {
        const parsed = await mermaid.parse(text);
        const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
        const periods = diagram.db.getTasks ? diagram.db.getTasks().map((t) => [t.task.trim(), t.events.map((e) => e.trim())]) : null;
        out.push({ ok: true, type: parsed.diagramType, periods });
      } catch (err) {
        out.push({ ok: false, error: String(err && err.message || err) });
      }
    }
    return out;
  }, diagrams);
  process.stdout.write(JSON.stringify(results) + "\n");
} finally {
  await browser.close();
}

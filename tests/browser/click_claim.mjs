// Open report.html in headless Chromium, click the first link to a claim, and say what the
// browser then shows: the element the link targets, the article it is in, and the evidence
// marked as that claim's, with the colours it is drawn in (and those of other evidence).
// Usage: node click_claim.mjs REPORT.html CLAIM_ID [SCREENSHOT.png]
// Prints JSON: {"target", "article", "visible", "evidence": text of its marks, "backgrounds": [...],
//               "outlines": [...], "others": [background of other evidence], "before": [...]}
import { pathToFileURL } from "node:url";
import { launch } from "./browser.mjs";

const [file, claim, shot] = process.argv.slice(2);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.goto(pathToFileURL(file).href);
  const before = await page.evaluate((id) => [...document.querySelectorAll("mark.ev")]
    .filter((m) => (" " + m.dataset.claims + " ").includes(" " + id + " "))
    .map((m) => getComputedStyle(m).backgroundColor), claim);
  await page.click(`a[href="#${claim}"]`);
  await page.waitForFunction(() => document.querySelector(":target") !== null);
  const seen = await page.evaluate((id) => {
    const el = document.querySelector(":target");
    const box = el.getBoundingClientRect();
    const all = [...document.querySelectorAll("mark.ev")];
    const own = all.filter((m) => (" " + m.dataset.claims + " ").includes(" " + id + " "));
    return { target: el.id, article: el.closest("article") && el.closest("article").id,
             visible: box.top >= 0 && box.top <= window.innerHeight,
             evidence: own.map((m) => m.textContent).join(""),
             backgrounds: own.map((m) => getComputedStyle(m).backgroundColor),
             outlines: own.map((m) => getComputedStyle(m).outlineStyle),
             others: [...new Set(all.filter((m) => !own.includes(m)).map((m) => getComputedStyle(m).backgroundColor))] };
  }, claim);
  if (shot) await page.screenshot({ path: shot });
  process.stdout.write(JSON.stringify({ ...seen, before }) + "\n");
} finally {
  await browser.close();
}

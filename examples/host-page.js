/* global document, fetch, URL */
// The second timeline gets its document through the `events` property: the page fetched it
// (it could as well have built or edited it). The article's text comes with it, set first,
// so the quotes can be checked against it when the document is validated.
const timeline = document.getElementById('by-property');
const url = new URL('../events/ankara-talks.json', document.baseURI);

async function load() {
  const doc = await (await fetch(url)).json();
  const text = await (await fetch(new URL(doc.source.text, url))).text();
  timeline.sourceText = text;
  timeline.events = doc;
}

load().catch((error) => {
  timeline.textContent = `The timeline could not be loaded: ${error}`;
});

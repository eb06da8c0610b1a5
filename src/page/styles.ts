/**
 * CSS for ClaimLens inside web pages. `HIGHLIGHT_CSS` is the only CSS added to the page itself (as a
 * constructed, adopted stylesheet that styles nothing but our named highlights); everything else lives in
 * our shadow root. Each verdict differs in underline style as well as colour: solid, wavy, dashed.
 */

/** `::highlight()` rules; only colour and text-decoration properties apply to highlights. */
export const HIGHLIGHT_CSS = `
::highlight(claimlens-corroborated) {
  background-color: rgb(46 160 67 / 0.14);
  text-decoration: underline solid rgb(26 127 55);
  text-decoration-thickness: 2px;
}
::highlight(claimlens-conflicting) {
  background-color: rgb(218 54 51 / 0.14);
  text-decoration: underline wavy rgb(190 30 30);
  text-decoration-thickness: 1.5px;
}
::highlight(claimlens-mixed) {
  background-color: rgb(210 153 34 / 0.18);
  text-decoration: underline dashed rgb(154 103 0);
  text-decoration-thickness: 2px;
}
@media (prefers-color-scheme: dark) {
  ::highlight(claimlens-corroborated) { background-color: rgb(63 185 80 / 0.22); text-decoration-color: rgb(86 211 100); }
  ::highlight(claimlens-conflicting) { background-color: rgb(248 81 73 / 0.22); text-decoration-color: rgb(255 123 114); }
  ::highlight(claimlens-mixed) { background-color: rgb(210 153 34 / 0.26); text-decoration-color: rgb(227 179 65); }
}
/* More contrast asked for: darker lines, thicker, on a stronger tint. */
@media (prefers-contrast: more) {
  ::highlight(claimlens-corroborated) { background-color: rgb(46 160 67 / 0.3); text-decoration-color: rgb(8 74 30); text-decoration-thickness: 3px; }
  ::highlight(claimlens-conflicting) { background-color: rgb(218 54 51 / 0.3); text-decoration-color: rgb(130 10 10); text-decoration-thickness: 2.5px; }
  ::highlight(claimlens-mixed) { background-color: rgb(210 153 34 / 0.35); text-decoration-color: rgb(90 58 0); text-decoration-thickness: 3px; }
}
@media (prefers-contrast: more) and (prefers-color-scheme: dark) {
  ::highlight(claimlens-corroborated) { background-color: rgb(63 185 80 / 0.35); text-decoration-color: rgb(170 240 180); }
  ::highlight(claimlens-conflicting) { background-color: rgb(248 81 73 / 0.35); text-decoration-color: rgb(255 190 185); }
  ::highlight(claimlens-mixed) { background-color: rgb(210 153 34 / 0.4); text-decoration-color: rgb(255 225 140); }
}
/* Forced colours (Windows high contrast): the reader's own mark colours; the underline styles still tell verdicts apart. */
@media (forced-colors: active) {
  ::highlight(claimlens-corroborated), ::highlight(claimlens-conflicting), ::highlight(claimlens-mixed) {
    background-color: Mark; color: MarkText; text-decoration-color: MarkText; text-decoration-thickness: 2px;
  }
}
`;

/** The highlight name saved claims are painted with in `CSS.highlights` (the e2e tests read it). */
export const SAVED_HIGHLIGHT = 'claimlens-saved';

/**
 * Saved claims: a faint blue wash with a thin dotted underline, painted below the verdict highlights
 * (lower priority), so a saved claim that is also a checked claim still shows its verdict's colour and line.
 */
export const SAVED_HIGHLIGHT_CSS = `
::highlight(${SAVED_HIGHLIGHT}) {
  background-color: rgb(84 110 250 / 0.10);
  text-decoration: underline dotted rgb(84 110 250 / 0.75);
  text-decoration-thickness: 1px;
}
@media (prefers-color-scheme: dark) {
  ::highlight(${SAVED_HIGHLIGHT}) { background-color: rgb(121 143 255 / 0.18); text-decoration-color: rgb(150 168 255 / 0.8); }
}
@media (forced-colors: active) {
  ::highlight(${SAVED_HIGHLIGHT}) { background-color: Mark; color: MarkText; text-decoration-color: MarkText; }
}
`;

/** Styles inside our shadow root: markers, hover card, toast. */
export const SHADOW_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: absolute; top: 0; left: 0; width: 0; height: 0; }
.marker {
  position: absolute; pointer-events: auto; margin: 0; padding: 0; width: 18px; height: 18px;
  border: 1.5px solid currentColor; border-radius: 50%; cursor: help;
  font: 700 11px/15px system-ui, sans-serif; text-align: center; transform: translate(2px, -5px);
}
.marker[hidden] { display: none; }
.marker.corroborated { background: #e6f4ea; color: #1a7f37; }
.marker.conflicting { background: #fdecea; color: #b91c1c; border-style: dotted; }
.marker.mixed { background: #fff4d6; color: #8a5a00; border-style: dashed; }
.marker:focus-visible { outline: 2px solid #1a5fb4; outline-offset: 2px; }
.card {
  position: fixed; z-index: 1; pointer-events: auto; width: max-content; max-width: min(380px, calc(100vw - 16px));
  max-height: min(420px, calc(100vh - 16px)); overflow: auto; padding: 10px 12px; border-radius: 8px;
  background: #fff; color: #1f2328; border: 1px solid #d0d7de; box-shadow: 0 6px 24px rgb(0 0 0 / 0.18);
  font: 13px/1.4 system-ui, sans-serif; text-align: left;
}
.card[hidden] { display: none; }
.verdict { font-weight: 700; margin: 0 0 6px; }
.verdict.corroborated { color: #1a7f37; } .verdict.conflicting { color: #b91c1c; } .verdict.mixed { color: #8a5a00; }
.match { margin: 8px 0 0; padding-top: 8px; border-top: 1px solid #eaeef2; }
.relation { font-weight: 600; } .relation.corroborates { color: #1a7f37; } .relation.conflicts { color: #b91c1c; }
.title { font-weight: 600; }
.byline { color: #57606a; font-size: 12px; }
.quote { margin: 4px 0; padding-left: 8px; border-left: 3px solid #d0d7de; font-style: italic; }
.why { color: #333; }
.toast {
  position: fixed; right: 16px; bottom: 16px; pointer-events: none; padding: 8px 14px; border-radius: 6px;
  background: #1f2328; color: #fff; font: 13px/1.4 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
}
.toast:empty { display: none; }
@media (prefers-color-scheme: dark) {
  .card { background: #161b22; color: #e6edf3; border-color: #30363d; }
  .match { border-top-color: #30363d; }
  .byline { color: #9198a1; } .why { color: #c9d1d9; } .quote { border-left-color: #30363d; }
  .verdict.corroborated, .relation.corroborates { color: #56d364; }
  .verdict.conflicting, .relation.conflicts { color: #ff7b72; }
  .verdict.mixed { color: #e3b341; }
  .toast { background: #e6edf3; color: #1f2328; }
  .marker.corroborated { background: #0f2e1a; color: #56d364; }
  .marker.conflicting { background: #3a1513; color: #ff7b72; }
  .marker.mixed { background: #3a2a08; color: #e3b341; }
}
@media (prefers-contrast: more) {
  .marker { border-width: 2px; }
  .marker.corroborated { background: #fff; color: #08461e; }
  .marker.conflicting { background: #fff; color: #820a0a; }
  .marker.mixed { background: #fff; color: #5a3a00; }
  .card { border: 2px solid #1f2328; box-shadow: none; }
  .match, .quote { border-color: #1f2328; }
  .byline, .why { color: #1f2328; }
  .verdict.corroborated, .relation.corroborates { color: #08461e; }
  .verdict.conflicting, .relation.conflicts { color: #820a0a; }
  .verdict.mixed { color: #5a3a00; }
}
@media (prefers-contrast: more) and (prefers-color-scheme: dark) {
  .marker.corroborated, .marker.conflicting, .marker.mixed { background: #000; }
  .marker.corroborated, .verdict.corroborated, .relation.corroborates { color: #aaf0b4; }
  .marker.conflicting, .verdict.conflicting, .relation.conflicts { color: #ffbeb9; }
  .marker.mixed, .verdict.mixed { color: #ffe18c; }
  .card { background: #000; color: #fff; border-color: #fff; }
  .match, .quote { border-color: #fff; }
  .byline, .why { color: #fff; }
}
/* Forced colours: system colours only, so the markers and card stay visible in any high-contrast theme. */
@media (forced-colors: active) {
  .marker { background: ButtonFace; color: ButtonText; border-color: ButtonText; border-width: 2px; }
  .marker:focus-visible { outline: 3px solid Highlight; }
  .card, .toast { background: Canvas; color: CanvasText; border: 2px solid CanvasText; box-shadow: none; }
  .verdict, .relation, .byline, .why { color: CanvasText; }
  .match, .quote { border-color: CanvasText; }
}
`;

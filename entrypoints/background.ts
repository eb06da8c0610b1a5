export default defineBackground(() => {
  // wired up by src/background
});

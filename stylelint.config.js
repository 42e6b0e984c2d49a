/** Stylelint: colours come from the design tokens (src/ui/tokens.css), so no raw hex colour anywhere else. */
export default {
  ignoreFiles: ['dist/**', 'dist-electron/**', 'node_modules/**', 'release/**', 'test/artifacts/**'],
  rules: {
    'color-no-hex': true,
    'color-no-invalid-hex': true,
  },
  overrides: [{ files: ['src/ui/tokens.css'], rules: { 'color-no-hex': null } }],
};

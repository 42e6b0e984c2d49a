'use strict';
// typescript-eslint parses with the classic TypeScript compiler API (`typescript` 6.x). The project's own
// `typescript` is 7.x, the native compiler, which has no such API. Loading this module (first thing in
// eslint.config.js) makes every `require('typescript')` in the ESLint process resolve to the 6.x copy
// installed next to this file, so tsc keeps being 7.x and nothing else changes.
const Module = require('node:module');
const path = require('node:path');

const classicRoot = path.dirname(require.resolve('typescript/package.json', { paths: [__dirname] }));
const resolveFilename = Module._resolveFilename;

const classicLookup = { paths: [__dirname] };

Module._resolveFilename = function resolveClassicTypeScript(request, parent, isMain, options) {
  const isTypeScript = request === 'typescript' || request.startsWith('typescript/');
  return resolveFilename.call(this, request, parent, isMain, isTypeScript ? classicLookup : options);
};

module.exports = { classicTypeScriptVersion: require(path.join(classicRoot, 'package.json')).version };

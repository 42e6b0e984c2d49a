/** Stands in for `got` inside the Electronegativity scanner: the lint step makes no network request. */
module.exports = () => Promise.reject(new Error('offline: the Electron lint step makes no network request'));
module.exports.default = module.exports;

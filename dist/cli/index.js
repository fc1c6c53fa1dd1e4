#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 955:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  NJ: () => (/* binding */ cacheFile),
  Wx: () => (/* binding */ homeFolder),
  xe: () => (/* binding */ readCache),
  aR: () => (/* binding */ writeCache)
});

// UNUSED EXPORTS: cacheFolder

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/cli/compile-cache.ts
/**
 * The CLI's compile cache: V8's compiled code for the CLI bundle, kept between runs. Without it every run
 * parses and compiles the same 0.8 MB of JavaScript again, which is about a third of a scan of one template
 * and a tenth of a scan of two hundred. The bin entry (launch.ts) hands the cached code to V8 with the
 * bundle, and writes it after a run that had none. It is an optimisation only: whatever goes wrong with it,
 * the run goes on without it, silently.
 */



/** `CFN_KMS_CHECK_CACHE=off` keeps no cache; any other value is the folder to keep it in. */
const CACHE_VARIABLE = 'CFN_KMS_CHECK_CACHE';
/** The user's home folder, or '' where there is none to be found (os.homedir throws then). */
function homeFolder() {
    try {
        return (0,external_node_os_namespaceObject.homedir)();
    }
    catch {
        return '';
    }
}
/** The user's own cache folder for the CLI, as each system names it; null when the cache is off. */
function cacheFolder(host) {
    const chosen = host.env[CACHE_VARIABLE];
    if (chosen === 'off')
        return null;
    if (chosen)
        return external_node_path_default().resolve(chosen);
    if (!host.home)
        return null;
    if (host.platform === 'win32')
        return external_node_path_default().join(host.env.LOCALAPPDATA || external_node_path_default().join(host.home, 'AppData', 'Local'), 'cfn-kms-check', 'Cache');
    if (host.platform === 'darwin')
        return external_node_path_default().join(host.home, 'Library', 'Caches', 'cfn-kms-check');
    const xdg = host.env.XDG_CACHE_HOME;
    return external_node_path_default().join(xdg && external_node_path_default().isAbsolute(xdg) ? xdg : external_node_path_default().join(host.home, '.cache'), 'cfn-kms-check');
}
/** The cache file for this bundle (by its hash), this Node and this processor; null when the cache is off. */
function cacheFile(host, bundleKey) {
    const folder = cacheFolder(host);
    return folder && external_node_path_default().join(folder, `cli-${bundleKey}-node${host.node.replace(/^v/, '')}-${host.arch}.v8cache`);
}
/**
 * The cached code, when the file is there and is the user's own: a file or folder that another user could
 * have written is never handed to V8, since compiled code runs as whoever reads it.
 */
function readCache(file, uid) {
    try {
        if (!privateTo(external_node_path_default().dirname(file), uid) || !privateTo(file, uid))
            return undefined;
        return (0,external_node_fs_.readFileSync)(file);
    }
    catch {
        return undefined;
    }
}
/**
 * Writes the cache whole or not at all (another run may be reading it, or writing it too), and removes the
 * caches of other builds and Node versions that no run has written for a week: each is half a megabyte.
 */
function writeCache(file, data, uid, now = Date.now()) {
    const folder = external_node_path_default().dirname(file);
    // Named for this writer alone: worker threads share the process id, and may write at the same exit.
    const partial = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.partial`;
    try {
        (0,external_node_fs_.mkdirSync)(folder, { recursive: true, mode: 0o700 });
        if (!privateTo(folder, uid))
            return;
        (0,external_node_fs_.writeFileSync)(partial, data, { mode: 0o600 });
        (0,external_node_fs_.renameSync)(partial, file);
        for (const name of (0,external_node_fs_.readdirSync)(folder)) {
            const other = external_node_path_default().join(folder, name);
            if (/^cli-.*\.v8cache$/.test(name) && other !== file && now - (0,external_node_fs_.lstatSync)(other).mtimeMs > STALE_MS)
                (0,external_node_fs_.rmSync)(other, { force: true });
        }
    }
    catch {
        (0,external_node_fs_.rmSync)(partial, { force: true });
    }
}
const STALE_MS = 7 * 24 * 60 * 60 * 1000;
/** Owned by the user and writable by no one else (not checked where there are no user ids). */
function privateTo(entry, uid) {
    const stat = (0,external_node_fs_.lstatSync)(entry);
    if (stat.isSymbolicLink())
        return false;
    return uid === null || (stat.uid === uid && (stat.mode & 0o022) === 0);
}


/***/ }),

/***/ 115:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(24);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(714);
/* harmony import */ var node_vm__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__nccwpck_require__.n(node_vm__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _compile_cache_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(955);
// The bin entry of the CLI bundle, built on its own: it runs the CLI (main.ts, built into bundle.js beside this
// file) as a script, so that V8 can be given the code it compiled for it in an earlier run (compile-cache.ts).
// Worker threads start here too, and read the same cache.






/** A hash of bundle.js, written here by scripts/after-ncc.mjs: a cache made for another build is never read. */
const BUNDLE_KEY = "4877c82f06444cef";
const bundle = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)), 'bundle.js');
const host = {
    env: process.env,
    platform: process.platform,
    home: (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .homeFolder */ .Wx)(),
    node: process.version,
    arch: process.arch,
    uid: process.getuid?.() ?? null,
};
const file = (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .cacheFile */ .NJ)(host, BUNDLE_KEY);
const cachedData = file ? (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .readCache */ .xe)(file, host.uid) : undefined;
let source;
try {
    source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(bundle, 'utf8');
}
catch (error) {
    // An installation with a file missing: one line, as for any error of ours, never a stack trace.
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`cfn-kms-check: cannot load ${bundle} (${reason}); reinstall cfn-kms-check\n`);
    process.exit(3);
}
const script = new (node_vm__WEBPACK_IMPORTED_MODULE_4___default().Script)(source, { filename: bundle, cachedData });
// Written once a run has compiled what a scan uses; not after --help or --version, which compile almost nothing.
const informational = process.argv.some((arg) => /^(-h|--help|-v|--version)$/.test(arg));
if (file && (!cachedData || script.cachedDataRejected) && !informational)
    process.once('exit', (code) => {
        if (code !== 0 && code !== 1)
            return;
        try {
            (0,_compile_cache_js__WEBPACK_IMPORTED_MODULE_5__/* .writeCache */ .aR)(file, script.createCachedData(), host.uid);
        }
        catch {
            // The cache is an optimisation only: a run that could not make one has still done its work.
        }
    });
// The Terraform reader is a chunk of its own beside the bundle, imported the first time a scan meets a .tf file.
const load = (specifier) => import(/* webpackIgnore: true */ new URL(specifier, import.meta.url).href);
await script.runInThisContext()((0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(bundle), import.meta.url, load);

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(115);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

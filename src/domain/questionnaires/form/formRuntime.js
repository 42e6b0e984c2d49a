/*
 * The script of a questionnaire form file (CAIO Desk). It runs from file:// in any current browser,
 * makes no network request, keeps a draft in this browser's localStorage and saves the answers as a
 * checksummed response file through a download. Allowed by the form's CSP by its SHA-256 hash only.
 */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('caio-form-data').textContent);
  var form = document.getElementById('caio-form');
  var statusBox = document.getElementById('form-status');
  var summary = document.getElementById('error-summary');
  var draftKey = 'caio-desk-form:' + data.clientId + ':' + data.questionnaireId + ':' + data.version;
  var questions = data.questions;
  var byId = {};
  questions.forEach(function (q) {
    byId[q.id] = q;
  });
  var RESPONDENT = ['name', 'email', 'role', 'department'];
  var texts = data.texts;
  /** A text of the form's language with its {{name}} values filled in. */
  function say(text, values) {
    return text.replace(/\{\{(\w+)\}\}/g, function (_, name) {
      return String(values[name]);
    });
  }

  function el(id) {
    return document.getElementById(id);
  }
  function checked(name) {
    return Array.prototype.slice
      .call(form.querySelectorAll('input[name="' + name + '"]:checked'))
      .map(function (i) {
        return i.value;
      });
  }
  function setChecked(name, values) {
    Array.prototype.forEach.call(form.querySelectorAll('input[name="' + name + '"]'), function (i) {
      i.checked = values.indexOf(i.value) >= 0;
    });
  }

  /** The raw answer of a question (undefined when empty). */
  function readAnswer(q) {
    var input = el('q-' + q.id);
    switch (q.type) {
      case 'single':
        return checked(q.id)[0];
      case 'multiple': {
        var values = checked(q.id);
        return values.length ? values : undefined;
      }
      case 'scale': {
        var v = checked(q.id)[0];
        return v === undefined ? undefined : Number(v);
      }
      case 'number':
        return input.value.trim() === '' ? undefined : Number(input.value);
      case 'yesNo': {
        var answer = checked(q.id)[0];
        return answer === undefined
          ? undefined
          : { answer: answer, explain: el('q-' + q.id + '-explain').value };
      }
      default:
        return input.value.trim() === '' ? undefined : input.value;
    }
  }
  function writeAnswer(q, value) {
    if (value === undefined || value === null) return;
    switch (q.type) {
      case 'single':
      case 'scale':
        setChecked(q.id, [String(value)]);
        break;
      case 'multiple':
        setChecked(q.id, Array.isArray(value) ? value : []);
        break;
      case 'yesNo':
        setChecked(q.id, [value.answer]);
        el('q-' + q.id + '-explain').value = value.explain || '';
        break;
      default:
        el('q-' + q.id).value = String(value);
    }
  }
  function conditionValues(value) {
    if (value === undefined) return [];
    if (Array.isArray(value)) return value;
    if (typeof value === 'object') return [value.answer];
    return [String(value)];
  }
  function isShown(q, raw) {
    if (!q.showIf) return true;
    var parent = byId[q.showIf.questionId];
    if (!parent || !isShown(parent, raw)) return false;
    return conditionValues(raw[parent.id]).some(function (v) {
      return q.showIf.anyOf.indexOf(v) >= 0;
    });
  }
  function readRaw() {
    var raw = {};
    questions.forEach(function (q) {
      var v = readAnswer(q);
      if (v !== undefined) raw[q.id] = v;
    });
    return raw;
  }
  function readRespondent() {
    var r = {};
    RESPONDENT.forEach(function (f) {
      r[f] = el('respondent-' + f).value.trim();
    });
    return r;
  }

  function updateVisibility() {
    var raw = readRaw();
    questions.forEach(function (q) {
      var box = el('question-' + q.id);
      var shown = isShown(q, raw);
      box.hidden = !shown;
      Array.prototype.forEach.call(box.querySelectorAll('input, textarea'), function (i) {
        i.disabled = !shown;
      });
    });
  }

  function saveDraft() {
    try {
      localStorage.setItem(draftKey, JSON.stringify({ respondent: readRespondent(), answers: readRaw() }));
    } catch (e) {
      /* private mode: no draft */
    }
  }
  function loadDraft() {
    var text = null;
    try {
      text = localStorage.getItem(draftKey);
    } catch (e) {
      return false;
    }
    if (!text) return false;
    try {
      var draft = JSON.parse(text);
      RESPONDENT.forEach(function (f) {
        if (typeof draft.respondent[f] === 'string') el('respondent-' + f).value = draft.respondent[f];
      });
      questions.forEach(function (q) {
        writeAnswer(q, draft.answers[q.id]);
      });
      return true;
    } catch (e) {
      return false;
    }
  }

  function setError(id, message) {
    var box = el('error-' + id);
    var field = el('field-' + id);
    box.textContent = message || '';
    box.hidden = !message;
    var input = el('q-' + id) || el(id) || field;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }
  /** What is missing or wrong, in form order: [{ id, message }]. */
  function problems(raw, respondent) {
    var errors = [];
    if (!respondent.name) errors.push({ id: 'respondent-name', message: texts.nameRequired });
    questions.forEach(function (q) {
      if (!isShown(q, raw)) return;
      var v = raw[q.id];
      if (q.type === 'number' && v !== undefined && !isFinite(v))
        errors.push({ id: q.id, message: say(texts.numberFor, { label: q.label }) });
      else if (q.required && (v === undefined || (Array.isArray(v) && v.length === 0)))
        errors.push({ id: q.id, message: say(texts.answerRequired, { label: q.label }) });
    });
    return errors;
  }

  /** The errors on screen: each next to its question and listed in the summary, until it is answered. */
  var flagged = null;
  function showErrors(errors, takeFocus) {
    setError('respondent-name', '');
    questions.forEach(function (q) {
      setError(q.id, '');
    });
    errors.forEach(function (e) {
      setError(e.id, e.message);
    });
    flagged = errors.length
      ? errors.map(function (e) {
          return e.id;
        })
      : null;
    summary.innerHTML = '';
    summary.hidden = errors.length === 0;
    if (!errors.length) return;
    var heading = document.createElement('h2');
    heading.textContent =
      errors.length === 1 ? texts.oneMissing : say(texts.manyMissing, { number: errors.length });
    var list = document.createElement('ul');
    errors.forEach(function (e) {
      var item = document.createElement('li');
      var link = document.createElement('a');
      link.href = '#field-' + e.id;
      link.textContent = e.message;
      item.appendChild(link);
      list.appendChild(item);
    });
    summary.appendChild(heading);
    summary.appendChild(list);
    if (takeFocus) summary.focus();
  }
  function validate(raw, respondent) {
    var errors = problems(raw, respondent);
    showErrors(errors, true);
    return errors.length === 0;
  }
  /** After a refused save, typing or ticking takes away the errors it answers and keeps the others visible. */
  function refreshErrors() {
    if (!flagged) return;
    var still = flagged;
    var errors = problems(readRaw(), readRespondent()).filter(function (e) {
      return still.indexOf(e.id) >= 0;
    });
    if (errors.length !== still.length) showErrors(errors, false);
  }

  /** SHA-256 as hex (the app checks it with Web Crypto on import). */
  function sha256Hex(text) {
    var bytes = new TextEncoder().encode(text);
    var K = [],
      H = [],
      primes = 0;
    for (var candidate = 2; primes < 64; candidate++) {
      var prime = true;
      for (var f = 2; f * f <= candidate; f++)
        if (candidate % f === 0) {
          prime = false;
          break;
        }
      if (!prime) continue;
      if (primes < 8) H[primes] = (Math.pow(candidate, 1 / 2) * 4294967296) | 0;
      K[primes++] = (Math.pow(candidate, 1 / 3) * 4294967296) | 0;
    }
    var length = bytes.length;
    var total = ((length + 9 + 63) >> 6) << 6;
    var message = new Uint8Array(total);
    message.set(bytes);
    message[length] = 0x80;
    var view = new DataView(message.buffer);
    view.setUint32(total - 8, Math.floor(length / 0x20000000));
    view.setUint32(total - 4, (length << 3) >>> 0);
    var w = new Int32Array(64);
    for (var offset = 0; offset < total; offset += 64) {
      for (var i = 0; i < 16; i++) w[i] = view.getInt32(offset + i * 4);
      for (i = 16; i < 64; i++) {
        var x = w[i - 15],
          y = w[i - 2];
        var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
        var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
      }
      var a = H[0],
        b = H[1],
        c = H[2],
        d = H[3],
        e = H[4],
        g = H[5],
        h = H[6],
        k = H[7];
      for (i = 0; i < 64; i++) {
        var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
        var t1 = (k + S1 + ((e & g) ^ (~e & h)) + K[i] + w[i]) | 0;
        var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
        var t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = h;
        h = g;
        g = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
      }
      H[0] = (H[0] + a) | 0;
      H[1] = (H[1] + b) | 0;
      H[2] = (H[2] + c) | 0;
      H[3] = (H[3] + d) | 0;
      H[4] = (H[4] + e) | 0;
      H[5] = (H[5] + g) | 0;
      H[6] = (H[6] + h) | 0;
      H[7] = (H[7] + k) | 0;
    }
    return H.map(function (v) {
      return ('00000000' + (v >>> 0).toString(16)).slice(-8);
    }).join('');
  }

  function slug(text) {
    return (
      text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 40) || 'response'
    );
  }

  function download(name, text) {
    var url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    var link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 10000);
  }

  function submit(event) {
    event.preventDefault();
    var raw = readRaw();
    var respondent = readRespondent();
    if (!validate(raw, respondent)) return;
    var answers = {};
    questions.forEach(function (q) {
      if (isShown(q, raw) && raw[q.id] !== undefined) answers[q.id] = raw[q.id];
    });
    var file = {
      format: 'caio-desk-response',
      formatVersion: 1,
      questionnaireId: data.questionnaireId,
      questionnaireVersion: data.version,
      clientId: data.clientId,
      respondent: respondent,
      submittedAt: new Date().toISOString(),
      answers: answers,
    };
    var payload = JSON.stringify([
      file.format,
      file.formatVersion,
      file.questionnaireId,
      file.questionnaireVersion,
      file.clientId,
      file.respondent,
      file.submittedAt,
      file.answers,
    ]);
    file.checksum = { algorithm: 'SHA-256', value: sha256Hex(payload) };
    var name = 'response-' + slug(data.title) + '-' + slug(respondent.name) + '.json';
    download(name, JSON.stringify(file, null, 2));
    statusBox.textContent = say(texts.saved, { file: name });
  }

  form.addEventListener('input', function () {
    updateVisibility();
    saveDraft();
    refreshErrors();
  });
  form.addEventListener('change', function () {
    updateVisibility();
    saveDraft();
    refreshErrors();
  });
  form.addEventListener('submit', submit);
  el('clear-answers').addEventListener('click', function () {
    if (!window.confirm(texts.confirmClear)) return;
    form.reset();
    showErrors([], false);
    try {
      localStorage.removeItem(draftKey);
    } catch (e) {
      /* nothing kept */
    }
    updateVisibility();
    statusBox.textContent = texts.cleared;
  });

  if (loadDraft()) statusBox.textContent = texts.restored;
  else
    questions.forEach(function (q) {
      writeAnswer(q, data.prefill[q.id]);
    });
  updateVisibility();
})();

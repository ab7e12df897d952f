(function () {
  'use strict';
  // Builds every piece of run data with createElement/textContent: nothing from the data is ever parsed as HTML.
  var TITLES = { supported: 'Supported', contradicted: 'Contradicted', 'possible-conflict': 'Possible conflict',
    unverifiable: 'Unverifiable', ambiguous: 'Ambiguous' };
  var SYMBOLS = { supported: '\u2713', contradicted: '\u2717', 'possible-conflict': '\u26a0', unverifiable: '?',
    ambiguous: '\u21c4' };
  var data = null;
  var panel = document.getElementById('evidence');
  var current = null;

  function claims() {
    if (data === null) {
      data = JSON.parse(document.getElementById('claim-data').textContent).claims;
    }
    return data;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function webUrl(text) {
    if (typeof text !== 'string' || !/^https?:\/\//i.test(text)) { return null; }
    try {
      var url = new URL(text);
      return (url.protocol === 'http:' || url.protocol === 'https:') ? url.href : null;
    } catch (e) {
      return null;
    }
  }

  function link(text, url) {
    var href = webUrl(url);
    if (href === null) { return el('span', null, text); }
    var a = el('a', null, text);
    a.href = href;
    a.rel = 'noopener noreferrer nofollow';
    return a;
  }

  function field(dl, name, value) {
    if (value === undefined || value === null || value === '') { return; }
    dl.appendChild(el('dt', null, name));
    var dd = el('dd');
    if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = String(value); }
    dl.appendChild(dd);
  }

  function evidenceList(claim) {
    if (!claim.evidence.length) { return el('p', 'none', 'No reference fact was found for this claim.'); }
    var list = el('ol');
    claim.evidence.forEach(function (e) {
      var item = el('li');
      var dl = el('dl');
      field(dl, 'Reference value', e.value);
      field(dl, 'Period', e.period);
      field(dl, 'Subject', e.subject);
      field(dl, 'Attribute', e.attribute);
      field(dl, 'Source', e.source ? link(e.source, e.url) : null);
      field(dl, 'Vintage', e.vintage);
      field(dl, 'Note', e.note);
      field(dl, 'Table', e.table + ':' + e.line);
      item.appendChild(dl);
      list.appendChild(item);
    });
    return list;
  }

  function details(claim) {
    var box = el('div', 'details');
    var heading = el('h2');
    heading.appendChild(el('span', 'verdict', SYMBOLS[claim.verdict] + ' ' + TITLES[claim.verdict] + ': '));
    heading.appendChild(el('span', 'claim', '\u201c' + claim.text + '\u201d'));
    heading.dir = 'auto';
    box.appendChild(heading);
    box.appendChild(el('p', 'explanation', claim.explanation));
    var dl = el('dl');
    field(dl, 'Where', claim.where);
    field(dl, 'Value', claim.value);
    field(dl, 'Qualifier', claim.qualifier);
    field(dl, 'Record', claim.record ? 'called a record' : null);
    field(dl, 'Subject', claim.subject);
    field(dl, 'Predicate', claim.predicate);
    field(dl, 'Period', claim.period);
    field(dl, 'Date anchor', claim.resolution);
    field(dl, 'Linked to', [claim.linkedSubject, claim.linkedAttribute].filter(Boolean).join(' \u00b7 '));
    field(dl, 'Link', claim.linkBasis ? [claim.linkBasis, claim.linkReason].filter(Boolean).join(' \u2014 ') : null);
    box.appendChild(dl);
    box.appendChild(el('h3', null, 'Evidence'));
    box.appendChild(evidenceList(claim));
    return box;
  }

  function verdictHidden(mark) {
    return document.body.classList.contains('hide-' + mark.getAttribute('data-v'));
  }

  function show(mark) {
    var claim = claims()[Number(mark.getAttribute('data-c'))];
    if (!claim) { return; }
    if (current) { current.removeAttribute('aria-expanded'); }
    current = mark;
    mark.setAttribute('aria-expanded', 'true');
    panel.replaceChildren();
    var close = el('button', 'close', 'Close \u2715');
    close.type = 'button';
    close.setAttribute('aria-label', 'Close evidence');
    close.addEventListener('click', hide);
    panel.appendChild(close);
    panel.appendChild(details(claim));
    panel.hidden = false;
  }

  function hide() {
    panel.hidden = true;
    if (current) {
      current.removeAttribute('aria-expanded');
      current.focus();
    }
  }

  // Flagged claims always sit in flagged articles, which no filter hides; asking for layout here would force
  // the browser to lay out every article of a large report.
  function flagged() {
    return Array.prototype.filter.call(document.querySelectorAll('section.article mark.c.f'), function (m) {
      return !verdictHidden(m);
    });
  }

  function step(direction) {
    var list = flagged();
    if (!list.length) { return; }
    var from = document.activeElement && document.activeElement.matches('mark.c') ? document.activeElement : current;
    var index = from ? list.indexOf(from) : -1;
    if (index < 0 && from) {
      // Start from wherever the reader is: the first flagged claim after (or before) the focused element.
      index = direction > 0 ? -1 : list.length;
      for (var i = 0; i < list.length; i++) {
        if (from.compareDocumentPosition(list[i]) & Node.DOCUMENT_POSITION_FOLLOWING) {
          index = direction > 0 ? i - 1 : i;
          break;
        }
      }
    }
    var next = index + direction;
    if (next < 0) { next = list.length - 1; }
    if (next >= list.length) { next = 0; }
    list[next].focus();
    show(list[next]);
  }

  document.addEventListener('click', function (event) {
    var mark = event.target.closest ? event.target.closest('mark.c') : null;
    if (mark && !mark.classList.contains('sample') && !verdictHidden(mark)) { show(mark); }
  });

  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey) { return; }
    var target = event.target;
    if (target.matches && target.matches('mark.c') && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      if (!verdictHidden(target)) { show(target); }
    } else if (event.key === 'n' || event.key === 'p') {
      if (target.matches && target.matches('input[type=text], textarea')) { return; }
      event.preventDefault();
      step(event.key === 'n' ? 1 : -1);
    } else if (event.key === 'Escape' && !panel.hidden) {
      hide();
    }
  });

  document.getElementById('next-flagged').addEventListener('click', function () { step(1); });
  document.getElementById('prev-flagged').addEventListener('click', function () { step(-1); });

  Array.prototype.forEach.call(document.querySelectorAll('input[data-verdict]'), function (box) {
    box.addEventListener('change', function () {
      var verdict = box.getAttribute('data-verdict');
      document.body.classList.toggle('hide-' + verdict, !box.checked);
      Array.prototype.forEach.call(document.querySelectorAll('mark.c[data-v=' + verdict + ']:not(.sample)'), function (m) {
        m.tabIndex = box.checked ? 0 : -1;
        if (box.checked) { m.setAttribute('role', 'button'); } else { m.removeAttribute('role'); }
      });
      if (!box.checked && current && current.getAttribute('data-v') === verdict) { panel.hidden = true; }
    });
  });

  document.getElementById('only-flagged').addEventListener('change', function (event) {
    document.body.classList.toggle('only-flagged', event.target.checked);
  });

  // Printing shows every claim's evidence under its article; it is built once, only when someone prints.
  var printed = false;
  window.addEventListener('beforeprint', function () {
    if (printed) { return; }
    printed = true;
    Array.prototype.forEach.call(document.querySelectorAll('section.article'), function (section) {
      var marks = section.querySelectorAll('mark.c');
      if (!marks.length) { return; }
      var list = el('ol', 'print-evidence');
      Array.prototype.forEach.call(marks, function (mark) {
        var item = el('li');
        item.appendChild(details(claims()[Number(mark.getAttribute('data-c'))]));
        list.appendChild(item);
      });
      section.appendChild(list);
    });
  });
}());

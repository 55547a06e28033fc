// Progressive enhancement only: every page works without this file (links, forms, anchors).
// It adds the phone menu, the search filter drawer, and focus and announcements after htmx updates.
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  var phone = window.matchMedia('(max-width: 860px)');

  function searchBody() {
    return document.getElementById('search-body');
  }

  function focusOn(element) {
    if (!element) {
      return;
    }
    if (!element.matches('a[href], button, input, select, textarea, [tabindex]')) {
      element.setAttribute('tabindex', '-1');
    }
    element.focus();
  }

  // header menu on small screens
  function setMenu(open) {
    var header = document.querySelector('.site-header');
    var toggle = document.querySelector('[data-menu-toggle]');
    if (!header || !toggle) {
      return;
    }
    header.classList.toggle('nav-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  }

  // search filters: a drawer on small screens, kept open across live updates (state on #search-body)
  function syncFilterToggles() {
    var body = searchBody();
    var open = !!body && body.classList.contains('filters-open');
    document.querySelectorAll('[data-filters-toggle]').forEach(function (toggle) {
      toggle.setAttribute('role', 'button');
      toggle.setAttribute('aria-expanded', String(open));
    });
  }

  function openFilters() {
    var body = searchBody();
    if (!body) {
      return;
    }
    body.classList.add('filters-open');
    root.classList.add('filters-open-page');
    syncFilterToggles();
    focusOn(document.getElementById('filters-title'));
  }

  function closeFilters(focusResults) {
    var body = searchBody();
    if (!body || !body.classList.contains('filters-open')) {
      return;
    }
    body.classList.remove('filters-open');
    root.classList.remove('filters-open-page');
    syncFilterToggles();
    focusOn(focusResults ? document.getElementById('results') : body.querySelector('[data-filters-toggle]'));
  }

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) {
      return;
    }
    var menu = target.closest('[data-menu-toggle]');
    if (menu) {
      setMenu(menu.getAttribute('aria-expanded') !== 'true');
      return;
    }
    if (phone.matches && target.closest('[data-filters-toggle]')) {
      event.preventDefault();
      openFilters();
      return;
    }
    var close = target.closest('[data-filters-close]');
    if (close && phone.matches && searchBody() && searchBody().classList.contains('filters-open')) {
      event.preventDefault();
      closeFilters(close.type === 'submit');
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      if (searchBody() && searchBody().classList.contains('filters-open')) {
        closeFilters(false);
      } else if (document.querySelector('.site-header.nav-open')) {
        setMenu(false);
        focusOn(document.querySelector('[data-menu-toggle]'));
      }
    } else if (event.key === ' ' && event.target instanceof Element && event.target.matches('a[role=button]')) {
      event.preventDefault();
      event.target.click();
    }
  });

  // after a live update: keep the focus on the control that asked for it (re-rendered with the
  // region) or, when that control is gone, move it to the updated region; announce the count only
  var focused = null;

  document.addEventListener('htmx:beforeSwap', function (event) {
    var active = document.activeElement;
    var target = event.detail.target;
    focused = null;
    if (active && active !== document.body && target && target.contains(active)) {
      focused = {
        id: active.id,
        name: active.getAttribute('name'),
        value: active.getAttribute('value'),
        targetId: target.id
      };
    }
  });

  function sameControl(region, control) {
    if (control.id && document.getElementById(control.id)) {
      return document.getElementById(control.id);
    }
    if (!control.name) {
      return null;
    }
    var selector = '[name="' + CSS.escape(control.name) + '"]';
    if (control.value !== null) {
      return region.querySelector(selector + '[value="' + CSS.escape(control.value) + '"]');
    }
    return region.querySelector(selector);
  }

  function announceCount() {
    var status = document.getElementById('search-status');
    var count = document.querySelector('#search-body .result-count');
    if (!status || !count) {
      return;
    }
    status.textContent = '';
    window.setTimeout(function () {
      status.textContent = count.textContent.trim();
    }, 100);
  }

  document.addEventListener('htmx:afterSettle', function (event) {
    var target = event.detail.target;
    if (target && !target.isConnected && target.id) {
      target = document.getElementById(target.id);
    }
    if (!target) {
      return;
    }
    var control = focused;
    focused = null;
    if (control) {
      var again = sameControl(target, control);
      if (again) {
        focusOn(again);
      } else if (target.id === 'search-body') {
        focusOn(document.getElementById('results'));
      } else {
        focusOn(target.querySelector('a[href], button:not([disabled]), input, select, textarea') || target);
      }
    }
    if (target.id === 'search-body') {
      syncFilterToggles();
      announceCount();
    }
  });

  // a refused form: a summary at the top of the page linking to each field in error, focused so
  // that the user hears and sees what went wrong (GOV.UK pattern); else the form's own alert, else
  // the confirmation of what was just done
  function controlOf(error) {
    var described = document.querySelector('[aria-describedby~="' + CSS.escape(error.id) + '"]');
    if (described) {
      return described;
    }
    var box = error.closest('.field, fieldset, tr, .filter');
    return box ? box.querySelector('input:not([type=hidden]), select, textarea') : null;
  }

  function summariseErrors() {
    var main = document.getElementById('main');
    if (!main) {
      return;
    }
    var errors = main.querySelectorAll('.field-error');
    if (errors.length > 0) {
      var summary = document.createElement('div');
      summary.className = 'error-summary';
      summary.setAttribute('role', 'alert');
      summary.setAttribute('data-testid', 'error-summary');
      summary.setAttribute('aria-labelledby', 'error-summary-title');
      var title = document.createElement('h2');
      title.id = 'error-summary-title';
      title.textContent = main.getAttribute('data-error-summary-title');
      var list = document.createElement('ul');
      errors.forEach(function (error) {
        var control = controlOf(error);
        if (control && !control.id) {
          // a choice without an id of its own (a radio group): give it one to link to
          control.id = error.id.replace(/-error$/, '') + '-choice';
        }
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = '#' + (control && control.id ? control.id : error.id);
        link.textContent = error.textContent.trim();
        link.addEventListener('click', function (event) {
          if (control) {
            event.preventDefault();
            control.scrollIntoView({block: 'center'});
            focusOn(control);
          }
        });
        item.appendChild(link);
        list.appendChild(item);
      });
      summary.appendChild(title);
      summary.appendChild(list);
      main.insertBefore(summary, main.firstChild);
      document.title = main.getAttribute('data-error-title-prefix') + ' ' + document.title;
      focusOn(summary);
      return;
    }
    var done = main.querySelector('[data-testid=action-done]');
    var anchored = window.location.hash.length > 1 ? document.getElementById(window.location.hash.substring(1)) : null;
    if (done && anchored) {
      // the action was on this item (a reply, a decision): confirm it there, not at the top
      anchored.insertBefore(done, anchored.firstChild);
    }
    focusOn(main.querySelector('.error[role=alert]') || done || main.querySelector('.notice[role=status]:not(.visually-hidden)'));
  }

  document.addEventListener('DOMContentLoaded', function () {
    summariseErrors();
    var menu = document.querySelector('[data-menu-toggle]');
    if (menu) {
      menu.hidden = false;
    }
    syncFilterToggles();
  });
})();

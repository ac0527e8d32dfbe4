// `/`: sends the visitor on to the first of their browser's languages that Kulturbro speaks.
(function () {
  var choice = 'en';
  var wanted = navigator.languages || [navigator.language || ''];
  for (var i = 0; i < wanted.length; i++) {
    var code = String(wanted[i]).toLowerCase().split('-')[0];
    if (code === 'sv') { choice = 'sv'; break; }
    if (code === 'nb' || code === 'no' || code === 'nn') { choice = 'nb'; break; }
    if (code === 'en') { choice = 'en'; break; }
  }
  location.replace('/' + choice + '/');
})();

# A token endpoint with WEBrick, compatible with the reference server's
#   GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600  ->  {"rtcToken": "007..."}
#   APP_ID=... APP_CERTIFICATE=... PORT=8080 bundle exec ruby server.rb
require 'json'
require 'webrick' # a gem since Ruby 3.0: listed in the Gemfile (Debian: ruby-webrick)
require 'dynamic_key2'
require_relative 'rtc_token'

APP_ID = require_hex32('APP_ID')
APP_CERTIFICATE = require_hex32('APP_CERTIFICATE')

def rtc_token(channel_name, role, token_type, user, expiry)
  return [400, { error: 'role must be "publisher" or "subscriber"' }] unless %w[publisher subscriber].include?(role)
  unless expiry.match?(/\A\d{1,5}\z/) && expiry.to_i.between?(1, 86_400)
    return [400, { error: 'expiry must be whole seconds from 1 to 86400' }]
  end

  seconds = expiry.to_i
  builder = AgoraDynamicKey2::RtcTokenBuilder
  rtc_role = role == 'publisher' ? builder::ROLE_PUBLISHER : builder::ROLE_SUBSCRIBER
  case token_type
  when 'uid'
    unless user.match?(/\A\d{1,10}\z/) && user.to_i <= 0xFFFFFFFF
      return [400, { error: 'uid must be a whole number from 0 to 4294967295' }]
    end

    token = builder.build_token_with_uid(APP_ID, APP_CERTIFICATE, channel_name, user.to_i, rtc_role, seconds, seconds)
  when 'userAccount'
    token = builder.build_token_with_user_account(APP_ID, APP_CERTIFICATE, channel_name, user, rtc_role, seconds, seconds)
  else
    return [400, { error: 'tokenType must be "uid" or "userAccount"' }]
  end
  [200, { rtcToken: token }]
end

server = WEBrick::HTTPServer.new(Port: Integer(ENV.fetch('PORT', '8080')), AccessLog: [])
server.mount_proc '/' do |req, res|
  # Split the raw path before decoding, so an encoded character stays in its segment.
  parts = req.request_uri.path.split('/').reject(&:empty?).map { |p| URI.decode_www_form_component(p.gsub('+', '%2B')) }
  status, body =
    if req.request_method == 'GET' && parts.length == 5 && parts[0] == 'rtc'
      rtc_token(*parts[1..4], req.query.fetch('expiry', '3600').to_s)
    else
      [404, { error: 'use GET /rtc/:channelName/:role/:tokenType/:uid/?expiry=3600' }]
    end
  res.status = status
  res['Content-Type'] = 'application/json'
  res['Cache-Control'] = 'no-store' # tokens must never be cached
  res.body = JSON.generate(body)
end
trap('TERM') { server.shutdown }
trap('INT') { server.shutdown }
server.start

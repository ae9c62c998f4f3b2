# Gem specification of the test double: the name, version and (no) runtime dependencies of the
# gemspec in Agora's ruby folder, so that a Gemfile naming the gem by path loads it the same way.
Gem::Specification.new do |s|
  s.name = 'agora_dynamic_key'
  s.version = '0.1.0'
  s.summary = 'Test double of the agora_dynamic_key gem (tests of the Agora Token Guide)'
  s.authors = ['Agora Token Guide']
  s.files = Dir['lib/**/*.rb']
  s.license = 'MIT'
end

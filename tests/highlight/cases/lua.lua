#!/usr/bin/env lua
--[[ Multi-line
     comment ]]
-- single comment
local M = {}

function M.greet(name, times)
  local msg = string.format("Hello, %s!\n", name or 'world')
  for i = 1, times or 1 do
    io.write(msg)
  end
  local clean = msg:gsub("%s+", " ")
  local s = gsub("a.b", "[%.]", "-")
  return #msg > 3 and true or nil, 0x1F, 3.5e2, [[long string]]
end

local t = { a = 1, ['b'] = 2.5 }
print(table.concat({1, 2, 3}, ", "), math.floor(2.7), t.a ~= nil)
return M

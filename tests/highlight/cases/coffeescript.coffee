# Live reload
###
Block comment
###
class Reloader extends Base
  constructor: (@url = "ws://#{location.host}/__kiln", options = {}) ->
    super()
    @retries = 0

  connect: =>
    ws = new WebSocket @url
    ws.onmessage = (event) =>
      msg = JSON.parse event.data
      window.location.reload() if msg.type is 'reload' and not @paused
    pattern = /^wss?:\/\/[a-z.]+$/i
    heregex = ///
      ^ ws   # scheme
      s?     # secure
    ///g
    count = 0x1F + 3.5 + @retries
    yes unless count > 10 or off
    """
    multi #{count} line
    """

new Reloader().connect()

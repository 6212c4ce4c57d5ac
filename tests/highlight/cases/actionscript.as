package com.example.game {
    import flash.display.Sprite;
    import flash.events.*;

    /** The main game sprite */
    public class Game extends Sprite {
        private static const MAX_SPEED:Number = 12.5;
        private var score:int = 0x10;
        protected var pattern:RegExp = /^[a-z]+\d{2,3}$/gi;

        public function Game() {
            super();
            addEventListener(Event.ENTER_FRAME, onFrame);
            var config:Object = { speed: 3, name: "player", ok: true };
            trace("started", config.speed > 2 ? "fast" : 'slow');
        }

        override protected function onFrame(e:Event):void {
            score++;
            if (score >= 100 && !isNaN(score)) {
                dispatchEvent(new Event("win"));
            }
            loop: for (var i:int = 0; i < 10; i++) {
                if (i % 2 == 0) continue loop;
            }
            var ratio:Number = score / 2;
            var s:String = null;
        }
    }
}

% Resize images for the site
%{
Block comment
%}
function out = resize_all(folder, scale)
    files = dir(fullfile(folder, '*.png'));
    out = zeros(1, numel(files));
    for k = 1:numel(files)
        img = imread(fullfile(folder, files(k).name));
        small = imresize(img, scale * 0.5e1);   % scale down
        out(k) = size(small, 1) ...  continued line
            + 2;
        msg = sprintf('Done %d of %d: it''s "%s"', k, numel(files), files(k).name);
        disp(msg);
    end
    A = [1 2; 3 4]';
    s = "double ""quoted"" string";
end
!ls -la
